/** Entry point of the built server (`npm start` bundles this file to dist/server.mjs). */
import { runMain } from './index';

runMain();
