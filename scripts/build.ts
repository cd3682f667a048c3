// `npm run build`: the production build the server serves, with its mode recorded (decision 471).
import { build } from "./lib/build";

build("inherit");
