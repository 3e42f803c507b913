#include "tree_dump.h"

#include <sstream>

namespace lys::testing {

namespace {

class Dumper {
 public:
  std::string str() const { return out_.str(); }

  void file(const ast::File& file) {
    for (const ast::App& app : file.apps) {
      open("app " + app.name.text);
      attributes(app.attributes);
      for (const ast::AppMember& member : app.members) {
        std::visit([this](const auto& m) { this->member(m); }, member);
      }
      close();
    }
  }

 private:
  void open(const std::string& text) {
    put(text);
    ++depth_;
  }
  void close() { --depth_; }
  void put(const std::string& text) { out_ << std::string(depth_ * 2, ' ') << text << '\n'; }

  void attributes(const ast::Attributes& attributes) {
    if (!attributes.doc.empty()) put("doc " + quote(trim_lines(attributes.doc)));
    for (const ast::Annotation& annotation : attributes.annotations) {
      open("@" + annotation.name.text + (annotation.has_parentheses ? "()" : ""));
      for (const ast::ExprPtr& argument : annotation.arguments) expr(*argument);
      close();
    }
  }

  // The formatter drops blanks at the end of doc lines, as it does everywhere.
  static std::string trim_lines(const std::string& text) {
    std::string out;
    std::size_t start = 0;
    while (true) {
      std::size_t end = text.find('\n', start);
      std::string line = text.substr(start, end == std::string::npos ? end : end - start);
      line.erase(line.find_last_not_of(" \t\r") + 1);
      out += line;
      if (end == std::string::npos) return out;
      out += '\n';
      start = end + 1;
    }
  }

  static std::string quote(const std::string& text) {
    std::string out = "\"";
    for (char c : text) out += c == '\n' ? std::string("\\n") : std::string(1, c);
    return out + "\"";
  }

  static std::string type(const ast::TypeRef& t) {
    std::string text = (t.soft ? "soft " : "") + t.name.str();
    for (const ast::TypeArgument& argument : t.arguments) {
      text += " " + std::to_string(argument.value);
    }
    if (t.nullable) text += " nullable";
    if (t.on_delete) text += " on_delete=" + std::to_string(static_cast<int>(*t.on_delete));
    return text;
  }

  void expr(const ast::Expr& e) {
    struct Node {
      Dumper& d;
      void operator()(const ast::NullLiteral&) { d.put("null"); }
      void operator()(const ast::BoolLiteral& b) { d.put(b.value ? "true" : "false"); }
      void operator()(const ast::IntLiteral& i) { d.put("int " + i.spelling); }
      void operator()(const ast::DecimalLiteral& x) { d.put("decimal " + x.spelling); }
      void operator()(const ast::StringLiteral& s) { d.put("string " + quote(s.value)); }
      void operator()(const ast::PathExpr& p) { d.put("path " + p.path.str()); }
      void operator()(const ast::ArgumentExpr& a) { d.put("$" + a.name.text); }
      void operator()(const ast::BuiltinExpr& b) {
        d.put("builtin " + std::to_string(static_cast<int>(b.value)));
      }
      void operator()(const ast::UnaryExpr& u) {
        d.open("unary " + std::to_string(static_cast<int>(u.op)));
        d.expr(*u.operand);
        d.close();
      }
      void operator()(const ast::BinaryExpr& b) {
        d.open("binary " + std::to_string(static_cast<int>(b.op)));
        d.expr(*b.left);
        d.expr(*b.right);
        d.close();
      }
      void operator()(const ast::IsNullExpr& n) {
        d.open(n.negated ? "is not null" : "is null");
        d.expr(*n.operand);
        d.close();
      }
      void operator()(const ast::InExpr& in) {
        d.open(in.negated ? "not in" : "in");
        d.expr(*in.operand);
        for (const ast::ExprPtr& value : in.values) d.expr(*value);
        d.close();
      }
    };
    if (e.parenthesized) open("(");
    std::visit(Node{*this}, e.node);
    if (e.parenthesized) close();
  }

  void rule(const ast::AllowRule& r) {
    std::string text = "allow";
    for (const ast::OperationRef& o : r.operations)
      text += " " + std::to_string(static_cast<int>(o.op));
    text += " to";
    for (const ast::Principal& p : r.principals) {
      text += " " + std::to_string(static_cast<int>(p.kind)) + ":" + p.role.text;
    }
    open(text);
    if (r.condition) expr(*r.condition);
    close();
  }

  void member(const ast::Uses& uses) {
    std::string text = "uses";
    for (const ast::Name& app : uses.apps) text += " " + app.text;
    put(text);
  }
  void member(const ast::Enum& e) {
    open("enum " + e.name.text);
    attributes(e.attributes);
    for (const ast::EnumValue& value : e.values) {
      open("value " + value.name.text);
      attributes(value.attributes);
      close();
    }
    close();
  }
  void member(const ast::Entity& entity) {
    open((entity.kind == ast::EntityKind::Entity ? "entity " : "parametric ") + entity.name.text);
    attributes(entity.attributes);
    for (const ast::EntityMember& m : entity.members) {
      std::visit([this](const auto& x) { this->entity_member(x); }, m);
    }
    close();
  }
  void entity_member(const ast::Field& field) {
    open("field " + field.name.text + ": " + type(field.type));
    if (field.default_value) expr(*field.default_value);
    attributes(field.attributes);
    close();
  }
  void entity_member(const ast::TableConstraint& c) {
    std::string text = "constraint " + std::to_string(static_cast<int>(c.kind));
    for (const ast::Name& f : c.fields) text += " " + f.text;
    open(text);
    if (c.condition) expr(*c.condition);
    close();
  }
  void entity_member(const ast::TenantDecl& t) { put("tenant " + t.field.text); }
  void entity_member(const ast::OwnerDecl& o) { put("owner " + o.field.text); }
  void entity_member(const ast::AllowRule& r) { rule(r); }

  void member(const ast::Fixtures& f) {
    std::string text = "fixtures " + f.entity.str();
    for (const ast::Name& env : f.environments) text += " " + env.text;
    open(text);
    attributes(f.attributes);
    for (const ast::FixtureRecord& record : f.records) {
      open("record " + record.key.text);
      for (const ast::FixtureValue& value : record.values) {
        open(value.field.text);
        expr(*value.value);
        close();
      }
      close();
    }
    close();
  }
  void member(const ast::NamedOperation& op) {
    open((op.kind == ast::OperationKind::Query ? "query " : "mutation ") + op.name.text +
         (op.is_extern ? " extern" : "") + (op.deletes ? " deletes" : ""));
    attributes(op.attributes);
    for (const ast::Parameter& p : op.parameters) {
      open("param " + p.name.text + ": " + type(p.type));
      if (p.default_value) expr(*p.default_value);
      close();
    }
    put("result " + std::to_string(static_cast<int>(op.result.shape)) + " " + type(op.result.type));
    if (op.condition) {
      open("where");
      expr(*op.condition);
      close();
    }
    for (const ast::OrderTerm& term : op.order) {
      put("order " + term.field.str() + (term.descending ? " desc" : "") +
          (term.explicit_direction ? " explicit" : ""));
    }
    for (const ast::Assignment& a : op.assignments) {
      open("set " + a.field.text);
      expr(*a.value);
      close();
    }
    for (const ast::AllowRule& r : op.rules) rule(r);
    close();
  }

  std::ostringstream out_;
  std::size_t depth_ = 0;
};

}  // namespace

std::string dump_tree(const ast::File& file) {
  Dumper dumper;
  dumper.file(file);
  return dumper.str();
}

std::string dump_comments(const ast::File& file) {
  std::string out;
  for (const ast::Comment& comment : file.comments) {
    std::size_t end = comment.text.find_last_not_of(" \t\r");
    out += comment.text.substr(0, end == std::string::npos ? 0 : end + 1) + '\n';
  }
  return out;
}

}  // namespace lys::testing
