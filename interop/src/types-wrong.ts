/**
 * Deliberately wrong code against the openapi-typescript types: every line marked `expect-error`
 * must be rejected by tsc with that code, and no other line may be (interop/expect_type_errors.py).
 */
import type { components } from "../generated/pushwoosh";
import type {
  CreateMessageParams as FetchCreateMessageParams,
  GetTagsParams as FetchGetTagsParams,
  SetBadgeParams as FetchSetBadgeParams,
  SetTagsParams as FetchSetTagsParams,
} from "../generated/fetch-client";

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

// A request without a field its operation requires does not compile, in either generator's types.
export const getTagsWithoutApplication: Schemas["GetTagsParams"] = { hwid: "h" }; // expect-error TS2741
export const setTagsWithoutTags: Schemas["SetTagsParams"] = { application: "XXXXX-XXXXX", hwid: "h" }; // expect-error TS2741
export const setBadgeWithoutBadge: Schemas["SetBadgeParams"] = { application: "XXXXX-XXXXX", hwid: "h" }; // expect-error TS2741
export const postEventWithoutAttributes: Schemas["PostEventParams"] = { application: "XXXXX-XXXXX", hwid: "h", event: "e" }; // expect-error TS2741
export const registerDeviceWithoutApplication: Schemas["RegisterDeviceParams"] = { hwid: "h", device_type: 3 }; // expect-error TS2741
export const createMessageWithoutNotifications: Schemas["CreateMessageParams"] = { auth: "x", application: "XXXXX-XXXXX" }; // expect-error TS2741
export const targetedWithoutFilter: Schemas["CreateTargetedMessageParams"] = { auth: "x", content: "Hi" }; // expect-error TS2322
export const fetchGetTagsWithoutApplication: FetchGetTagsParams = { hwid: "h" }; // expect-error TS2741
export const fetchSetTagsWithoutTags: FetchSetTagsParams = { application: "XXXXX-XXXXX", hwid: "h" }; // expect-error TS2741
export const fetchSetBadgeWithoutBadge: FetchSetBadgeParams = { application: "XXXXX-XXXXX", hwid: "h" }; // expect-error TS2741
export const fetchCreateMessageWithoutAuth: FetchCreateMessageParams = { notifications: [] }; // expect-error TS2741

// A tag read is a plain value, never an operation.
export const readIsNeverAnOperation: Schemas["TagValue"] = { operation: "increment", value: 1 }; // expect-error TS2353
export const readsAreNotUpdates: Schemas["TagValues"] = { Gone: null }; // expect-error TS2322
