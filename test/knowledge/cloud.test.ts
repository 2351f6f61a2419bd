/**
 * Serverless and cloud platforms (content/knowledge/cloud.json and the cloud
 * messages in content/signatures/servers.json): execution logs, function logs
 * and error pages as people paste them.
 */
import { describe, expect, it } from 'vitest';
import { isOurs, log, read } from './servers-cloud-helpers.ts';

describe('AWS Lambda and API Gateway', () => {
  it('reads an API Gateway execution log that cannot invoke its function as an IAM problem', () => {
    const r = read(log`
      (c0ffee12-3456-7890-abcd-ef0123456789) Extended Request Id: Kp3xYEdKIAMF1aQ=
      (c0ffee12-3456-7890-abcd-ef0123456789) Verifying Usage Plan for request: c0ffee12-3456-7890-abcd-ef0123456789. API Key:  API Stage: a1b2c3d4e5/prod
      (c0ffee12-3456-7890-abcd-ef0123456789) Starting execution for request: c0ffee12-3456-7890-abcd-ef0123456789
      (c0ffee12-3456-7890-abcd-ef0123456789) HTTP Method: POST, Resource Path: /orders
      (c0ffee12-3456-7890-abcd-ef0123456789) Execution failed due to configuration error: Invalid permissions on Lambda function
      (c0ffee12-3456-7890-abcd-ef0123456789) Method completed with status: 500
    `);
    expect(r.family).toBe('permissions');
    expect(r.cause).toBe('cloud-invoke-permission');
    expect(r.belief.band).not.toBe('several');
    expect(r.rules).toContain('cloud:apigw-invalid-lambda-permissions');
  });

  it('finds the documented permission message even without the execution-log prefix', () => {
    const r = read('{"message": "Internal server error", "errorDetail": "Invalid permissions on Lambda function"}');
    expect(r.cause).toBe('cloud-invoke-permission');
  });

  it('reads a malformed proxy response as the function returning the wrong shape', () => {
    const r = read(log`
      (c0ffee12-3456-7890-abcd-ef0123456789) Endpoint response body before transformations: {"orders":[{"id":42}]}
      (c0ffee12-3456-7890-abcd-ef0123456789) Execution failed due to configuration error: Malformed Lambda proxy response
      (c0ffee12-3456-7890-abcd-ef0123456789) Method completed with status: 502
    `);
    expect(r.family).toBe('code-bug');
    expect(r.cause).toBe('response-serialization');
  });

  it('reads a function log: a missing package, a wrong handler file, a timeout, running out of memory', () => {
    const pkg = read(log`
      INIT_START Runtime Version: python:3.12.v18	Runtime Version ARN: arn:aws:lambda:eu-west-1::runtime:0f1e2d
      [ERROR] Runtime.ImportModuleError: Unable to import module 'app': No module named 'requests'
      Traceback (most recent call last):
      INIT_REPORT Init Duration: 412.11 ms	Phase: init	Status: error	Error Type: Runtime.ImportModuleError
    `);
    expect(pkg.family).toBe('deployment-artifact');
    expect(pkg.cause).toBe('missing-package');

    const handler = read("[ERROR] Runtime.ImportModuleError: Unable to import module 'lambda_function': No module named 'lambda_function'");
    expect(handler.family).toBe('deployment-artifact');
    expect(handler.cause).toBe('incomplete-deploy');
    expect(handler.belief.families[1]!.family).toBe('misconfiguration');

    const timeout = read(log`
      START RequestId: 3f1c2b7e-8a4d-4c1e-9b2f-6d5e7a8c9b01 Version: $LATEST
      2024-03-06T10:15:32.481Z 3f1c2b7e-8a4d-4c1e-9b2f-6d5e7a8c9b01 Task timed out after 30.03 seconds
      END RequestId: 3f1c2b7e-8a4d-4c1e-9b2f-6d5e7a8c9b01
      REPORT RequestId: 3f1c2b7e-8a4d-4c1e-9b2f-6d5e7a8c9b01	Duration: 30030.12 ms	Billed Duration: 30000 ms	Memory Size: 1024 MB	Max Memory Used: 201 MB	Status: timeout
    `);
    expect(timeout.cause).toBe('execution-time-limit');
    expect(timeout.belief.band).toBe('very-likely');

    const oom = read(log`
      START RequestId: 3f1c2b7e-8a4d-4c1e-9b2f-6d5e7a8c9b01 Version: $LATEST
      RequestId: 3f1c2b7e-8a4d-4c1e-9b2f-6d5e7a8c9b01 Error: Runtime exited with error: signal: killed
      Runtime.ExitError
      END RequestId: 3f1c2b7e-8a4d-4c1e-9b2f-6d5e7a8c9b01
      REPORT RequestId: 3f1c2b7e-8a4d-4c1e-9b2f-6d5e7a8c9b01	Duration: 2112.35 ms	Billed Duration: 2113 ms	Memory Size: 512 MB	Max Memory Used: 512 MB	Status: error	Error Type: Runtime.OutOfMemory
    `);
    expect(oom.cause).toBe('memory-limit');
    expect(oom.rules).toEqual(expect.arrayContaining(['cloud:Runtime.OutOfMemory', 'cloud:lambda-runtime-killed']));
  });

  it("reads a JSON error that cannot be serialised as the function's response", () => {
    const r = read('[ERROR] Runtime.MarshalError: Unable to marshal response: Object of type Decimal is not JSON serializable');
    expect(r.cause).toBe('response-serialization');
  });

  it('gives "customer function error" alone a spread and sends the person to the function\'s own log', () => {
    const r = read(
      '(c0ffee12-3456-7890-abcd-ef0123456789) Lambda execution failed with status 200 due to customer function error: Task failed. Lambda request id: 3f1c2b7e-8a4d-4c1e-9b2f-6d5e7a8c9b01',
    );
    expect(r.belief.band).toBe('several');
    expect(r.p).toBeLessThan(0.3);
    expect(r.clue('cloud:apigw-customer-function-error')!.look!.en).toMatch(/\/aws\/lambda\//);
  });

  it('reads AWS API error codes as the SDKs print them', () => {
    expect(read('botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied').cause).toBe(
      'cloud-invoke-permission',
    );
    expect(
      read(
        'com.amazonaws.services.s3.model.AmazonS3Exception: The AWS Access Key Id you provided does not exist in our records. (Service: Amazon S3; Status Code: 403; Error Code: InvalidAccessKeyId; Request ID: 7Q3X)',
      ).cause,
    ).toBe('bad-service-credentials');
    expect(read('operation error KMS: Decrypt, https response error StatusCode: 400, RequestID: 7Q3X, api error InvalidCiphertextException: ').cause).toBe(
      'encryption-key-mismatch',
    );
    const throttled = read(
      'botocore.exceptions.ClientError: An error occurred (ThrottlingException) when calling the GetParameter operation (reached max retries: 4): Rate exceeded',
    );
    expect(throttled.rules).toContain('cloud:ThrottlingException');
    expect(throttled.belief.families.slice(0, 2).map((f) => f.family)).toEqual(expect.arrayContaining(['resource-exhaustion', 'dependency-failure']));
  });
});

describe('Vercel and Netlify', () => {
  it('gives FUNCTION_INVOCATION_FAILED alone a low-confidence spread, with where to look', () => {
    const r = read(log`
      500: INTERNAL_SERVER_ERROR
      Code: FUNCTION_INVOCATION_FAILED
      ID: iad1::cxv8b-1709720132481-6d5e7a8c9b01
    `);
    expect(r.belief.band).toBe('several');
    expect(r.p).toBeLessThan(0.3);
    const clue = r.clue('cloud:FUNCTION_INVOCATION_FAILED')!;
    expect(clue.look!.en).toMatch(/Runtime Logs/);
    expect(clue.look!.ko).toMatch(/Runtime Logs/);
  });

  it('lets the runtime log behind FUNCTION_INVOCATION_FAILED decide', () => {
    const r = read(log`
      Code: FUNCTION_INVOCATION_FAILED
      Error: Cannot find module 'sharp'
      Require stack:
      - /var/task/.next/server/chunks/412.js
    `);
    expect(r.family).toBe('deployment-artifact');
    expect(r.cause).toBe('missing-package');
  });

  it('reads the timeout and throttling codes', () => {
    expect(read('504: GATEWAY_TIMEOUT\nCode: FUNCTION_INVOCATION_TIMEOUT\nID: iad1::cxv8b-1709720132481').cause).toBe('execution-time-limit');
    expect(read('x-vercel-error: FUNCTION_THROTTLED').cause).toBe('traffic-overload');
    expect(read('INTERNAL_FUNCTION_INVOCATION_FAILED').rules).toEqual(['cloud:INTERNAL_FUNCTION_INVOCATION_FAILED']);
  });

  it('reads a Netlify function that returned no status code as a response problem', () => {
    expect(read('error decoding lambda response: invalid status code returned from lambda: 0').cause).toBe('response-serialization');
  });
});

describe('Google Cloud', () => {
  it('reads App Engine and Cloud Run memory and capacity messages', () => {
    expect(
      read('Exceeded soft memory limit of 256 MB with 270 MB after servicing 4 requests total. Consider setting a larger instance class in app.yaml.').cause,
    ).toBe('memory-limit');
    expect(
      read(
        'Memory limit of 512 MiB exceeded with 530 MiB used. Consider increasing the memory limit, see https://cloud.google.com/run/docs/configuring/memory-limits',
      ).cause,
    ).toBe('memory-limit');
    expect(
      read(
        'The request was aborted because there was no available instance. Additional troubleshooting documentation can be found at: https://cloud.google.com/run/docs/troubleshooting#abort-request',
      ).cause,
    ).toBe('traffic-overload');
    expect(read('Request was aborted after waiting too long to attempt to service your request.').cause).toBe('traffic-overload');
  });

  it('tells a Cloud SQL permission problem from a database that is down', () => {
    const denied = read(
      'Cloud SQL connection failed. Please see https://cloud.google.com/sql/docs/mysql/connect-run for additional details: Error during generateEphemeral for shop-prod:europe-west1:db: googleapi: Error 403: boss::NOT_AUTHORIZED: Not authorized to access resource. Possibly missing permission cloudsql.instances.connect on resource instances., forbidden',
    );
    expect(denied.cause).toBe('cloud-invoke-permission');
    const down = read(
      'Cloud SQL connection failed. Please see https://cloud.google.com/sql/docs/mysql/connect-run for additional details: dial error: failed to dial: connection refused',
    );
    expect(down.cause).toBe('database-down');
  });

  it('lets the container\'s own crash decide over "Container called exit(1)"', () => {
    const r = read(log`
      Traceback (most recent call last):
        File "/app/main.py", line 9, in <module>
          DATABASE_URL = os.environ["DATABASE_URL"]
      KeyError: 'DATABASE_URL'
      Container called exit(1).
    `);
    expect(r.family).toBe('misconfiguration');
    expect(r.cause).toBe('missing-env-var');
    expect(r.rules).toContain('cloud:cloud-run-container-exit');
  });
});

describe('Azure', () => {
  it('reads a function timeout and a binding whose connection setting is missing', () => {
    expect(
      read("Timeout value of 00:05:00 exceeded by function 'Functions.ExportOrders' (Id: '3f1c2b7e-8a4d-4c1e-9b2f-6d5e7a8c9b01'). Initiating cancellation.")
        .cause,
    ).toBe('execution-time-limit');
    const r = read(
      "Microsoft.Azure.WebJobs.Host: Error indexing method 'Functions.ProcessOrder'. Microsoft.Azure.WebJobs.Extensions.Storage: Storage account connection string 'OrdersStorage' does not exist. Make sure that it is a defined App Setting.",
    );
    expect(r.cause).toBe('missing-env-var');
  });

  it('says where to look when only "Function host is not running" is there', () => {
    const r = read('Function host is not running.');
    expect(r.belief.band).toBe('several');
    expect(r.clue('cloud:azure-function-host-not-running')!.look!.en).toMatch(/host\.json/);
  });

  it("reads iisnode's HRESULT 0x2 as a file that is not where web.config says", () => {
    const r = read(log`
      iisnode encountered an error when processing the request.

      HRESULT: 0x2
      HTTP status: 500
      HTTP subStatus: 1001
      HTTP reason: Internal Server Error
    `);
    expect(r.family).toBe('deployment-artifact');
    expect(r.rules).toContain('cloud:iisnode-error#1');
  });
});

describe('Cloudflare', () => {
  it('gives "Worker threw exception" alone a spread pointing to wrangler tail', () => {
    const r = read(log`
      Error 1101 Ray ID: 85f0a1b2c3d4e5f6 • 2024-03-06 10:15:32 UTC
      Worker threw exception
    `);
    expect(r.belief.band).toBe('several');
    expect(r.clue('cloud:cloudflare-worker-threw')!.look!.en).toMatch(/wrangler tail/);
  });

  it('reads Workers trace outcomes and origin errors', () => {
    expect(read('{"outcome":"exceededCpu","scriptName":"shop-api","exceptions":[],"logs":[],"eventTimestamp":1709720132481}').cause).toBe(
      'execution-time-limit',
    );
    expect(read('{"outcome":"exceededMemory","scriptName":"shop-api","exceptions":[],"logs":[],"eventTimestamp":1709720132481}').cause).toBe('memory-limit');
    expect(read('example.com | 526: Invalid SSL certificate').family).toBe('misconfiguration');
  });
});

describe('near misses: healthy cloud logs', () => {
  it('finds nothing of these tables in ordinary function and platform lines', () => {
    const r = read(log`
      INIT_START Runtime Version: nodejs:20.v22	Runtime Version ARN: arn:aws:lambda:eu-west-1::runtime:0f1e2d
      START RequestId: 3f1c2b7e-8a4d-4c1e-9b2f-6d5e7a8c9b01 Version: $LATEST
      2024-03-06T10:15:32.481Z	3f1c2b7e-8a4d-4c1e-9b2f-6d5e7a8c9b01	INFO	order 42 stored
      END RequestId: 3f1c2b7e-8a4d-4c1e-9b2f-6d5e7a8c9b01
      REPORT RequestId: 3f1c2b7e-8a4d-4c1e-9b2f-6d5e7a8c9b01	Duration: 12.31 ms	Billed Duration: 13 ms	Memory Size: 1024 MB	Max Memory Used: 88 MB
      (c0ffee12-3456-7890-abcd-ef0123456789) Method completed with status: 200
      {"outcome":"ok","scriptName":"shop-api","exceptions":[],"logs":[],"eventTimestamp":1709720132481}
      Executed 'Functions.ProcessOrder' (Succeeded, Id=3f1c2b7e-8a4d-4c1e-9b2f-6d5e7a8c9b01, Duration=12ms)
      System.Runtime.InteropServices.Marshal.ReleaseComObject called
      2024-03-06T10:15:32.481Z INFO  - Container shop_0_a1b2c3d4 for site shop initialized successfully and is ready to serve requests.
      Listening on port 8080
    `);
    expect(r.rules.filter(isOurs)).toEqual([]);
    expect(r.analysis.evidence.families).toEqual({});
  });
});
