/**
 * A throwaway certificate authority and server certificate for TLS tests, made with
 * `openssl` once per process.
 *
 * @module
 */

/** Paths of the PEM files, plus the CA certificate's text for clients. */
export interface TestCertificates {
  /** Path of the CA certificate. */
  caCertFile: string;
  /** PEM text of the CA certificate, for `Deno.connectTls({ caCerts })`. */
  caCert: string;
  /** Path of the server certificate (valid for 127.0.0.1 and localhost). */
  certFile: string;
  /** Path of the server's private key. */
  keyFile: string;
}

let cached: Promise<TestCertificates> | undefined;

/**
 * Returns the process-wide test certificates, creating them on first use in a temp dir
 * that is removed when the process exits.
 *
 * @example
 * ```ts
 * const { caCert, certFile, keyFile } = await testCertificates();
 * ```
 */
export function testCertificates(): Promise<TestCertificates> {
  cached ??= makeCertificates();
  return cached;
}

async function makeCertificates(): Promise<TestCertificates> {
  const dir = await Deno.makeTempDir({ prefix: "desir-certs-" });
  globalThis.addEventListener("unload", () => {
    Deno.removeSync(dir, { recursive: true });
  });
  const path = (name: string) => `${dir}/${name}`;
  // EC keys: generated in milliseconds, unlike RSA.
  const newKey = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"];
  // deno-fmt-ignore
  await openssl([
    "req", "-x509", "-new", "-nodes", ...newKey, "-days", "30",
    "-subj", "/CN=desir test CA",
    "-addext", "basicConstraints=critical,CA:TRUE",
    "-addext", "keyUsage=critical,keyCertSign",
    "-keyout", path("ca.key"), "-out", path("ca.crt"),
  ]);
  // deno-fmt-ignore
  await openssl([
    "req", "-new", "-nodes", ...newKey, "-subj", "/CN=localhost",
    "-keyout", path("server.key"), "-out", path("server.csr"),
  ]);
  // rustls (Deno's TLS) checks the subjectAltName, not the CN.
  await Deno.writeTextFile(
    path("server.ext"),
    "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n" +
      "keyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n",
  );
  // deno-fmt-ignore
  await openssl([
    "x509", "-req", "-in", path("server.csr"), "-days", "30",
    "-CA", path("ca.crt"), "-CAkey", path("ca.key"), "-CAcreateserial",
    "-extfile", path("server.ext"), "-out", path("server.crt"),
  ]);
  return {
    caCertFile: path("ca.crt"),
    caCert: await Deno.readTextFile(path("ca.crt")),
    certFile: path("server.crt"),
    keyFile: path("server.key"),
  };
}

async function openssl(args: string[]): Promise<void> {
  let output: Deno.CommandOutput;
  try {
    output = await new Deno.Command("openssl", { args, stdin: "null" })
      .output();
  } catch (error) {
    throw new Error(
      "Cannot run openssl to make test certificates: is it installed? (./run install)",
      { cause: error },
    );
  }
  if (!output.success) {
    const stderr = new TextDecoder().decode(output.stderr);
    throw new Error(`openssl ${args[0]} failed:\n${stderr}`);
  }
}
