import { benchPageCost } from '/work/main/scripts/bench-page-cost';
await benchPageCost();
