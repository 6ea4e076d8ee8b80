// desir commands as OpenTelemetry spans, with the database semantic conventions.
// The OpenTelemetry packages are this example's own dev dependencies:
//
//     cd examples/otel && npm install && REDIS_URL=redis://127.0.0.1:6379 bun otel.ts
//
// It prints each finished span as one JSON line.
import process from "node:process";
import { type Span, SpanStatusCode, type Tracer } from "@opentelemetry/api";
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import { type CommandTrace, Redis, type TracingHooks } from "../../mod.ts";

/** Tracing hooks that make one client span per command. */
export function otelHooks(tracer: Tracer): TracingHooks {
  const spans = new WeakMap<CommandTrace, Span>();
  return {
    commandStart(c) {
      const operation = c.name.toUpperCase();
      spans.set(
        c,
        tracer.startSpan(operation, {
          kind: 2, // SpanKind.CLIENT
          attributes: {
            "db.system.name": "redis",
            "db.operation.name": operation,
            "db.namespace": String(c.db),
            "db.query.text": c.query, // command and keys; values are "?"
            "server.address": c.server.hostname,
            "server.port": c.server.port,
          },
        }),
      );
    },
    commandEnd(c) {
      spans.get(c)?.end();
    },
    commandError(c) {
      const span = spans.get(c);
      if (!span) return;
      const error = c.error as Error & { code?: string };
      span.setAttribute("error.type", error.code ?? error.name);
      span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
      span.end();
    },
  };
}

if (import.meta.main) {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  const r = new Redis(process.env.REDIS_URL, {
    db: 1,
    tracing: otelHooks(provider.getTracer("desir-example")),
  });
  try {
    await r.set("user:1", "a secret value");
    await r.incr("user:1").catch(() => {}); // not an integer: an error span
  } finally {
    await r.close();
  }
  for (const span of exporter.getFinishedSpans()) {
    console.log(JSON.stringify({
      name: span.name,
      attributes: span.attributes,
      status: span.status.code,
    }));
  }
}
