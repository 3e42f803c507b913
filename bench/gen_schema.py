#!/usr/bin/env python3
"""Generates the compiler benchmark's inputs: a lys schema of ~1,000 entities with 12
declared fields each, spread over 10 apps (plus a small `core` app holding the user,
role and organization entities the rules need), and the equivalent protobuf schema
(one .proto per app, one message per entity, message-typed fields for references).

Usage: gen_schema.py OUT_DIR [--apps N] [--entities-per-app N] [--enums-per-app N]
Writes OUT_DIR/schema/*.lys and OUT_DIR/proto/*.proto. Deterministic: the same
arguments always give the same files."""

import argparse
import pathlib

ENUM_VALUES = 4


def app_name(index):
    return f"app{index:02d}"


def entity_name(app, index):
    return f"E{app:02d}x{index:03d}"


def enum_name(app, index):
    return f"Kind{app:02d}x{index:02d}"


def core_lys():
    return """/// Users, roles and organizations the generated apps refer to.
app core {
  parametric Role @role {
    allow read to authenticated
    allow create, update, delete to admin
  }

  parametric OrgRole @org_role {
    allow read to authenticated
  }

  entity User @user {
    email: string(255) @unique

    allow read   to owner
    allow delete to admin
  }

  entity Org @organization {
    name: string(255) @unique

    allow read to authenticated
  }

  entity Member @membership {
    user: User on delete cascade
    org:  Org on delete cascade
    role: OrgRole

    tenant org
    owner  user
  }

  fixtures Role {
    ADMIN  { description: "Everything." }
    EDITOR { description: "Edits the generated entities." }
  }

  fixtures OrgRole {
    MEMBER { description: "Works inside one organization." }
  }
}
"""


def entity_lys(app, index, entities, enums):
    """One entity: 12 declared fields, constraints, checks and rules. Every other
    entity belongs to an organization (tenant) and grants an org_role."""
    name = entity_name(app, index)
    kind = enum_name(app, index % enums)
    parent = entity_name(app, index - 1) if index > 0 else "core.User"
    # Soft references point into the previous app (apps only use earlier apps).
    remote = (f"{app_name(app - 1)}.{entity_name(app - 1, (index * 7) % entities)}"
              if app > 0 else "core.Org")
    tenant = index % 2 == 0
    scope = "org" if tenant else "region"
    scope_type = "core.Org" if tenant else "string(16)?"
    lines = [
        f"  /// Generated entity {index} of {app_name(app)}.",
        f"  entity {name} {{",
        f"    title:       string(200) @search",
        f"    code:        string(32) @unique",
        f"    quantity:    int = 0 @check(quantity >= 0)",
        f"    amount:      decimal(12, 2)",
        f"    active:      bool = true",
        f"    kind:        {kind} = V0",
        f"    notes:       text?",
        f"    happened_on: date?",
        f"    parent:      {parent}? on delete set null",
        f"    remote:      soft {remote}?",
        f"    {scope + ':':12} {scope_type}",
        f"    owner:       core.User? = current_user on delete set null",
        "",
        "    index (kind, title)",
        "    check (amount >= 0 or kind != V0)",
    ]
    if tenant:
        lines += ["", "    tenant org"]
    lines += [
        "",
        "    allow read   to authenticated where active == true",
        "    allow create to role EDITOR" + (", org_role MEMBER" if tenant else ""),
        "    allow update to owner, role EDITOR",
        "    allow delete to admin",
        "  }",
    ]
    return "\n".join(lines)


def app_lys(app, entities, enums):
    uses = ["core"] + ([app_name(app - 1)] if app > 0 else [])
    parts = [f"/// Generated app {app}.\napp {app_name(app)} {{\n  uses {', '.join(uses)}"]
    for e in range(enums):
        values = "\n".join(f"    V{v}" for v in range(ENUM_VALUES))
        parts.append(f"  enum {enum_name(app, e)} {{\n{values}\n  }}")
    for i in range(entities):
        parts.append(entity_lys(app, i, entities, enums))
    return "\n\n".join(parts) + "\n}\n"


def core_proto():
    return """syntax = "proto3";
package core;

message User { string id = 1; string email = 2; }
message Org { string id = 1; string name = 2; }
"""


def message_proto(app, index, entities, enums):
    name = entity_name(app, index)
    parent = entity_name(app, index - 1) if index > 0 else "core.User"
    remote = (f"{app_name(app - 1)}.{entity_name(app - 1, (index * 7) % entities)}"
              if app > 0 else "core.Org")
    scope = "core.Org org" if index % 2 == 0 else "string region"
    return "\n".join([
        f"// Generated entity {index} of {app_name(app)}.",
        f"message {name} {{",
        "  string title = 1;",
        "  string code = 2;",
        "  int32 quantity = 3;",
        "  string amount = 4;",
        "  bool active = 5;",
        f"  {enum_name(app, index % enums)} kind = 6;",
        "  optional string notes = 7;",
        "  optional string happened_on = 8;",
        f"  {parent} parent = 9;",
        f"  {remote} remote = 10;",
        f"  {scope} = 11;",
        "  core.User owner = 12;",
        "}",
    ])


def app_proto(app, entities, enums):
    imports = ["core"] + ([app_name(app - 1)] if app > 0 else [])
    parts = ['syntax = "proto3";', f"package {app_name(app)};",
             "\n".join(f'import "{i}.proto";' for i in imports)]
    for e in range(enums):
        # proto3 enum values are scoped by package, so they carry the enum's name.
        values = "\n".join(f"  {enum_name(app, e).upper()}_V{v} = {v};" for v in range(ENUM_VALUES))
        parts.append(f"enum {enum_name(app, e)} {{\n{values}\n}}")
    for i in range(entities):
        parts.append(message_proto(app, i, entities, enums))
    return "\n\n".join(parts) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--apps", type=int, default=10)
    parser.add_argument("--entities-per-app", type=int, default=100)
    parser.add_argument("--enums-per-app", type=int, default=10)
    args = parser.parse_args()

    schema = args.out / "schema"
    proto = args.out / "proto"
    schema.mkdir(parents=True, exist_ok=True)
    proto.mkdir(parents=True, exist_ok=True)
    (schema / "core.lys").write_text(core_lys())
    (proto / "core.proto").write_text(core_proto())
    for app in range(args.apps):
        name = app_name(app)
        (schema / f"{name}.lys").write_text(app_lys(app, args.entities_per_app, args.enums_per_app))
        (proto / f"{name}.proto").write_text(app_proto(app, args.entities_per_app, args.enums_per_app))


if __name__ == "__main__":
    main()
