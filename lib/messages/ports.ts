// Long-lived connections. The sidebar frame of a mail tab holds one to the background and receives
// its tab's view over it ({ type: 'view', view: TabView }, parsed with tabViewSchema on arrival).
export const SIDEBAR_PORT = 'afterfollow-sidebar';
