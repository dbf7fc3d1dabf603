/**
 * Deliberately wrong code against the openapi-typescript types: every line marked `expect-error`
 * must be rejected by tsc with that code, and no other line may be (interop/expect_type_errors.py).
 */
import type { components } from "../generated/pushwoosh";

type Schemas = components["schemas"];

export const deviceTypeAsString: Schemas["RegisterDeviceBody"] = { request: { application: "XXXXX-XXXXX", hwid: "h", device_type: "3" } }; // expect-error TS2322
export const undocumentedDeviceType: Schemas["RegisterDeviceBody"] = { request: { application: "XXXXX-XXXXX", hwid: "h", device_type: 2 } }; // expect-error TS2322
export const unknownOperation: Schemas["SetTagsBody"] = { request: { application: "XXXXX-XXXXX", hwid: "h", tags: { Level: { operation: "multiply", value: 2 } } } }; // expect-error TS2322
export const incrementByText: Schemas["IncrementOperation"] = { operation: "increment", value: "1" }; // expect-error TS2322
export const appendOneString: Schemas["AppendOperation"] = { operation: "append", value: "tag2" }; // expect-error TS2322
export const listOfNumbers: Schemas["Tags"] = { ListTag: [1, 2] }; // expect-error TS2322
export const badgeAsString: Schemas["SetBadgeBody"] = { request: { application: "XXXXX-XXXXX", hwid: "h", badge: "4" } }; // expect-error TS2322
export const noEnvelope: Schemas["UnregisterDeviceBody"] = { application: "XXXXX-XXXXX", hwid: "h" }; // expect-error TS2353
export const eventCodeAsNumber: Schemas["PostEventResult"] = { code: 61 }; // expect-error TS2322
