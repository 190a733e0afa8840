import { describeEveryScreen } from "./phone-couple.ts";

// Every main screen in light, at phone and desktop size (the other theme has its own file, so
// the browser workers can share the longest work).
describeEveryScreen("light");
