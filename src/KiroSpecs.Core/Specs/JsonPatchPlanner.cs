using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KiroSpecs.Core.Specs;

/// <summary>
/// Turns a desired state (<see cref="JsonObjectEdit"/>) into minimal text patches: existing values are
/// replaced only when they differ, missing members are inserted next to their neighbours in the
/// file's own layout, and nothing else is touched.
/// </summary>
internal sealed class JsonPatchPlanner
{
    private readonly string _text;
    private readonly JsonObjectOutline _root;
    private readonly JsonLayout _layout;
    private readonly List<JsonTextPatch> _patches = new();

    private JsonPatchPlanner(string text, JsonObjectOutline root)
    {
        _text = text;
        _root = root;
        _layout = JsonLayout.Detect(text, root);
    }

    /// <summary>Applies <paramref name="edit"/> to the root object <paramref name="root"/> of <paramref name="text"/>.</summary>
    public static string Apply(string text, JsonObjectOutline root, JsonObjectEdit edit)
    {
        var planner = new JsonPatchPlanner(text, root);
        planner.PlanObject(root, edit);
        return planner._patches.Count == 0 ? text : JsonTextPatch.ApplyAll(text, planner._patches);
    }

    private void PlanObject(JsonObjectOutline obj, JsonObjectEdit edit)
    {
        // Missing members, grouped by the existing member they follow (null: the object is empty).
        var groups = new List<(JsonMemberOutline? Anchor, List<JsonMemberEdit> Items)>();
        foreach (var member in edit.Members)
        {
            if (obj.Find(member.Name) is { } found)
            {
                PlanExisting(obj, found, member.Edit);
            }
            else
            {
                Place(obj, groups, member);
            }
        }

        foreach (var (anchor, items) in groups)
        {
            PlanInsert(obj, anchor, items);
        }
    }

    private static void Place(JsonObjectOutline obj, List<(JsonMemberOutline? Anchor, List<JsonMemberEdit> Items)> groups, JsonMemberEdit member)
    {
        if (member.After is { } after)
        {
            foreach (var (_, items) in groups)
            {
                var index = items.FindIndex(i => i.Name == after);
                if (index >= 0)
                {
                    items.Insert(index + 1, member);
                    return;
                }
            }
        }

        var anchor = (member.After is null ? null : obj.Find(member.After)) ?? (obj.Members.Count > 0 ? obj.Members[obj.Members.Count - 1] : null);
        var group = groups.FindIndex(g => ReferenceEquals(g.Anchor, anchor));
        if (group < 0)
        {
            groups.Add((anchor, new List<JsonMemberEdit>()));
            group = groups.Count - 1;
        }

        groups[group].Items.Add(member);
    }

    private void PlanExisting(JsonObjectOutline parent, JsonMemberOutline found, JsonEdit edit)
    {
        switch (edit)
        {
            case JsonScalarEdit scalar when !scalar.Matches(found.Value):
                _patches.Add(new JsonTextPatch(found.Value.Start, found.Value.End, scalar.Literal, _patches.Count));
                break;
            case JsonObjectEdit nested when found.Value.Object is { } obj:
                PlanObject(obj, nested);
                break;
            case JsonObjectEdit nested:
                // Only reachable for files the reader rejects; replace what cannot be an object.
                var indent = JsonLayout.LineIndent(_text, found.KeyStart);
                var render = Render(nested, indent, IsMultiline(parent), InlinePad(parent));
                _patches.Add(new JsonTextPatch(found.Value.Start, found.Value.End, render, _patches.Count));
                break;
        }
    }

    private void PlanInsert(JsonObjectOutline obj, JsonMemberOutline? anchor, List<JsonMemberEdit> items)
    {
        var indent = _layout.MemberIndent(_text, obj);
        if (anchor is null)
        {
            PlanFill(obj, items, indent);
            return;
        }

        var multiline = IsMultiline(obj);
        var isLast = ReferenceEquals(anchor, obj.Members[obj.Members.Count - 1]);
        var comma = JsonTrivia.Skip(_text, anchor.Value.End);
        var hasComma = comma < _text.Length && _text[comma] == ',';
        var at = hasComma ? comma + 1 : anchor.Value.End;
        if (!hasComma)
        {
            _patches.Add(new JsonTextPatch(at, at, ",", _patches.Count));
        }

        // Keep a comment that ends the anchor's line with the anchor: insert after it.
        if (multiline && JsonTrivia.EndOfLine(_text, at) is var eol && eol >= 0)
        {
            at = eol;
        }

        var lead = multiline ? _layout.NewLine + indent : _layout.Comma.Substring(1);
        var text = lead + Members(items, indent, "," + lead, multiline, InlinePad(obj)) + (isLast ? "" : ",");
        _patches.Add(new JsonTextPatch(at, at, text, _patches.Count));
    }

    // An empty object: one member per line, unless the whole file is on one line (minified).
    private void PlanFill(JsonObjectOutline obj, List<JsonMemberEdit> items, string indent)
    {
        var multiline = ReferenceEquals(obj, _root) || IsMultiline(_root);
        var pad = multiline ? "" : InlinePad(_root);
        var open = multiline ? _layout.NewLine + indent : pad;
        var close = multiline ? _layout.NewLine + JsonLayout.LineIndent(_text, obj.OwnerStart) : pad;
        var separator = multiline ? "," + _layout.NewLine + indent : _layout.Comma;
        var body = Members(items, indent, separator, multiline, pad);
        var interior = _text.Substring(obj.Open + 1, obj.Close - obj.Open - 1);

        // An interior holding only a comment keeps it, after the new members.
        _patches.Add(interior.Trim().Length == 0
            ? new JsonTextPatch(obj.Open + 1, obj.Close, open + body + close, _patches.Count)
            : new JsonTextPatch(obj.Open + 1, obj.Open + 1, open + body, _patches.Count));
    }

    private string Members(IReadOnlyList<JsonMemberEdit> items, string indent, string separator, bool multiline, string pad) =>
        string.Join(separator, items.Select(i => JsonLiteral.Quote(i.Name) + _layout.Colon + Render(i.Edit, indent, multiline, pad)));

    // New inline objects copy the padding of the object they go into: {"a": 1} or { "a": 1 }.
    private string Render(JsonEdit edit, string indent, bool multiline, string pad)
    {
        if (edit is JsonScalarEdit scalar)
        {
            return scalar.Literal;
        }

        var obj = (JsonObjectEdit)edit;
        if (obj.Members.Count == 0)
        {
            return "{}";
        }

        if (!multiline)
        {
            return "{" + pad + Members(obj.Members, indent, _layout.Comma, multiline: false, pad) + pad + "}";
        }

        var inner = indent + _layout.Unit;
        var builder = new StringBuilder("{");
        builder.Append(_layout.NewLine).Append(inner)
            .Append(Members(obj.Members, inner, "," + _layout.NewLine + inner, multiline: true, pad))
            .Append(_layout.NewLine).Append(indent).Append('}');
        return builder.ToString();
    }

    private bool IsMultiline(JsonObjectOutline obj) => JsonTrivia.HasLineBreak(_text, obj.Open, obj.Close);

    private string InlinePad(JsonObjectOutline obj) => _text[obj.Open + 1] == ' ' ? " " : "";
}
