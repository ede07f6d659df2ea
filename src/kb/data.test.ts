import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { country } from "./index.js";
import { readOrgs, readPeople, readPlaces } from "./tables.js";

/** Actor codes that are not states: IGOs and transnational NGOs keep their own code. */
function knownCode(code: string, orgCodes: Set<string>): boolean {
  return country(code) !== undefined || orgCodes.has(code);
}

describe("data/kb integrity", () => {
  const orgs = readOrgs();
  const codes = new Set(orgs.map((o) => o.code));

  it("has the disputed and partly recognized states under the scorer's codes", () => {
    assert.equal(country("TWN")?.name, "Taiwan");
    assert.equal(country("PSE")?.name, "Palestine");
    assert.equal(country("XKX")?.name, "Kosovo");
    assert.equal(country("UNK"), undefined);
  });

  it("gives every organization a known actor country", () => {
    for (const o of orgs) if (o.country) assert.ok(knownCode(o.country, codes), `${o.name}: ${o.country}`);
  });

  it("gives every person and role a known country", () => {
    for (const p of readPeople()) {
      assert.ok(country(p.country), `${p.id}: ${p.country}`);
      for (const r of p.roles) assert.ok(knownCode(r.country, codes), `${p.id}: ${r.country}`);
    }
  });

  it("gives every place a known country or none", () => {
    for (const file of ["places.tsv", "cities.tsv"]) {
      for (const { place } of readPlaces(file)) if (place.country) assert.ok(country(place.country), place.name);
    }
  });
});
