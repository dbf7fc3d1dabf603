/**
 * Hand-written code against the openapi-typescript types of the spec: it must type-check.
 * Each value is a request or answer the vendor documents.
 */
import type { components, operations } from "../generated/pushwoosh";

type Schemas = components["schemas"];

export const registration: Schemas["RegisterDeviceBody"] = {
  request: { application: "XXXXX-XXXXX", hwid: "whatsapp:+0000000000", device_type: 21, timezone: "3600" },
};

export const tagChanges: Schemas["SetTagsBody"] = {
  request: {
    application: "XXXXX-XXXXX",
    userId: "some_user",
    tags: {
      Level: { operation: "increment", value: -1 },
      ListTag: { operation: "append", value: ["tag2", "tag3"] },
      Products: { operation: "remove", value: "outwear_02" },
      Plan: "gold",
      Visits: 42,
      Subscribed: true,
      Gone: null,
    },
  },
};

export const event: Schemas["PostEventBody"] = {
  request: { application: "XXXXX-XXXXX", hwid: "HWID", event: "activityCompleted", attributes: {} },
};

type GetTagsAnswer = operations["getTags"]["responses"][200]["content"]["application/json"];

/** The tags of a getTags answer, or an empty map on an argument error (response null). */
export function tagsOf(answer: GetTagsAnswer): Record<string, Schemas["TagValue"]> {
  return answer.response?.result ?? {};
}

/** An HTTP 400 body may lack status_code: the vendor documents none. */
export function errorText(body: Schemas["ErrorResponse"]): string {
  return `${body.status_code ?? "no status_code"}: ${body.status_message ?? ""}`;
}
