// The timeline's public face: the rest of the app uses only this renderer, so it can be replaced (say, by a canvas) alone.
export { TimelineChart } from './TimelineChart';
