import Fastify from "fastify";

/** The baseline: a bare Fastify JSON route, no plugins, no database; plain JavaScript, no loader. */
const app = Fastify({ logger: false });
app.get("/bare", async () => ({ ok: true }));
const port = Number(process.env.PORT ?? 0);
await app.listen({ port, host: "127.0.0.1" });
const address = app.server.address();
console.log(`listening ${typeof address === "object" && address ? address.port : port}`);
