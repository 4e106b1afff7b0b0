export declare const messages: Record<string, [string, string, string?]>;
