// Tokens between lys and jose (https://github.com/panva/jose), a widely used JOSE
// implementation: jose verifies what lys signed, and signs what lys must verify.
//
//   node jose-interop.mjs verify ALG KEY TOKEN ISSUER AUDIENCE   prints the claims
//   node jose-interop.mjs sign ALG KEY CLAIMS_JSON                prints the token
//
// KEY is the HS256 secret itself, or the path of a PEM file: a public key (SPKI) to
// verify, a private key (PKCS#8) to sign. Exit status 1 with the reason on failure.
import { readFileSync } from 'node:fs';
import { SignJWT, importPKCS8, importSPKI, jwtVerify } from 'jose';

async function key(alg, text, use) {
  if (alg === 'HS256') return new TextEncoder().encode(text);
  const pem = readFileSync(text, 'utf8');
  return use === 'sign' ? importPKCS8(pem, alg) : importSPKI(pem, alg);
}

async function main([command, alg, keyText, ...rest]) {
  if (command === 'verify') {
    const [token, issuer, audience] = rest;
    const { payload, protectedHeader } = await jwtVerify(token, await key(alg, keyText, 'verify'), {
      algorithms: [alg],
      issuer,
      audience,
    });
    return JSON.stringify({ header: protectedHeader, payload });
  }
  if (command === 'sign') {
    const claims = JSON.parse(rest[0]);
    return new SignJWT(claims)
      .setProtectedHeader({ alg, typ: 'JWT' })
      .sign(await key(alg, keyText, 'sign'));
  }
  throw new Error(`unknown command '${command}'`);
}

try {
  console.log(await main(process.argv.slice(2)));
} catch (error) {
  console.error(`jose-interop: ${error.code ?? error.name}: ${error.message}`);
  process.exit(1);
}
