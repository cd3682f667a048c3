// The fair's domain, pure TypeScript: slot generation, who may meet whom and the meeting
// request state machine, and the bridge to the scheduler's cnht-schedule/1 shapes.
export * from "./time";
export * from "./slots";
export * from "./requests";
export * from "./instance";
export * from "./event-form";
