// The timeline's public face: the rest of the app uses only this component.
export { TimelineChart } from './TimelineChart';
