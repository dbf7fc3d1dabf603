/**
 * Drives the typescript-fetch client generated from the spec against a running server (the
 * standalone mock in CI): register a device, set tags with an increment and a plain value, read
 * them back, and check that an HTTP 200 whose body says `status_code: 210` surfaces as an error.
 *
 * Usage: node build/src/client-check.js <base URL> <token>
 */
import {
  Configuration,
  DeviceApi,
  DeviceType,
  IncrementOperationOperationEnum,
  type Middleware,
  type ResponseContext,
} from "../generated/fetch-client";

/** A Pushwoosh answer whose envelope says the call was not applied (status_code other than 200). */
export class PushwooshError extends Error {
  constructor(
    readonly statusCode: number,
    readonly statusMessage: string,
  ) {
    super(`Pushwoosh status_code ${statusCode}: ${statusMessage}`);
  }
}

/**
 * The generated client treats every HTTP 200 as success; this middleware reads the envelope and
 * throws PushwooshError when `status_code` is not 200, as the official SDKs do.
 */
export const envelopeStatus: Middleware = {
  async post(context: ResponseContext): Promise<Response | void> {
    if (context.response.status !== 200) {
      return context.response;
    }
    const envelope = (await context.response.clone().json()) as {
      status_code?: unknown;
      status_message?: unknown;
    };
    if (envelope.status_code !== 200) {
      throw new PushwooshError(Number(envelope.status_code), String(envelope.status_message));
    }
    return context.response;
  },
};

function check(condition: boolean, what: string): void {
  if (!condition) {
    throw new Error(`check failed: ${what}`);
  }
  console.log(`ok: ${what}`);
}

async function main(baseUrl: string, token: string): Promise<void> {
  const api = new DeviceApi(
    new Configuration({ basePath: baseUrl, apiKey: `Token ${token}`, middleware: [envelopeStatus] }),
  );
  const application = "TSCHK-00001";
  const hwid = `typescript-${process.pid}`;

  await api.registerDevice({
    registerDeviceBody: { request: { application, hwid, deviceType: DeviceType.ANDROID, language: "en" } },
  });
  check(true, "registerDevice answered status_code 200");

  const increment = { operation: IncrementOperationOperationEnum.Increment, value: 2 };
  await api.setTags({ setTagsBody: { request: { application, hwid, tags: { Level: increment, Plan: "gold" } } } });
  await api.setTags({ setTagsBody: { request: { application, hwid, tags: { Level: { ...increment, value: 3 } } } } });

  const answer = await api.getTags({ getTagsBody: { request: { application, hwid } } });
  const tags = answer.response?.result ?? {};
  check(tags["Level"] === 5, `the increments 2 and 3 add up to Level 5 (read ${JSON.stringify(tags["Level"])})`);
  check(tags["Plan"] === "gold", `the plain value reads back (read ${JSON.stringify(tags["Plan"])})`);

  let error: unknown;
  try {
    await api.getTags({ getTagsBody: { request: { application, hwid: `${hwid}-never-registered` } } });
  } catch (caught) {
    error = caught;
  }
  check(
    error instanceof PushwooshError && error.statusCode === 210,
    `an unknown device is an error with status_code 210 (${String(error)})`,
  );
}

const [baseUrl, token] = process.argv.slice(2);
if (!baseUrl || !token) {
  console.error("usage: node build/src/client-check.js <base URL> <token>");
  process.exit(2);
}
main(baseUrl, token).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
