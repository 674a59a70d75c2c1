using System;
using System.Collections.Generic;
using System.Linq;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// Reads actors: "Primary: X", "Secondary: A, B", "Primary Actor: X", "**X**: role", "X - role",
/// "X (primary)", comma lists and tables. "None" is no actor.
/// </summary>
internal static partial class ActorReader
{
    /// <summary>
    /// Reads the actors of <paramref name="section"/>; a line that is a sentence rather than names ("Includes UC-1 for
    /// the lookup of the booking.", written on the line after "Primary actor: Organiser") is handed to
    /// <paramref name="sentence"/> instead of being read as an actor.
    /// </summary>
    public static void Read(SectionBuffer section, ActorList actors, Action<string, SourcePosition>? sentence = null)
    {
        // "External systems referred to below:": systems that support the use cases, none of them the one who starts them.
        var sectionRole = RoleOf(section.Label) ?? (NamesSystems(section.Label) ? ActorRole.Secondary : null);
        var kindColumn = -1;
        var start = actors.Count;
        foreach (var entry in section.Content)
        {
            if (entry.Kind == OutlineKind.TableRow)
            {
                if (entry.IsHeaderRow)
                {
                    kindColumn = KindColumn(entry.Cells);
                }
                else if (entry.Cells.Count > 0)
                {
                    var role = entry.Cells.Count > 1 ? RoleOf(string.Join(" ", entry.Cells)) : sectionRole;
                    var description = entry.Cells.Count > 1 ? Texts.Clean(entry.Cells[entry.Cells.Count - 1]) : string.Empty;
                    if (kindColumn > 0 && kindColumn < entry.Cells.Count - 1 && Texts.Clean(entry.Cells[kindColumn]) is { Length: > 0 } kind)
                    {
                        // "| PMS | Internal system | Holds schedules |": what kind of participant it is belongs to its description.
                        description = description.Length == 0 ? kind : kind + " - " + description;
                    }

                    Add(actors, Texts.Clean(entry.Cells[0]), role ?? sectionRole, description, entry.Position);
                }

                continue;
            }

            if (entry.Kind is not (OutlineKind.Item or OutlineKind.Line))
            {
                continue;
            }

            var text = Texts.Clean(entry.Text);
            if (entry.Kind == OutlineKind.Line && IsSentence(text))
            {
                sentence?.Invoke(text, entry.Position);
                continue;
            }

            ReadLine(text, sectionRole, entry.Position, actors);
        }

        actors.HeadedFrom(start, Texts.Clean(section.Label));
    }

    public static void ReadLine(string text, ActorRole? sectionRole, SourcePosition position, ActorList actors)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (FieldsOf(text) is { Count: > 1 } fields)
        {
            // "Rider · Systems: Backend, PSP", "Primary: Passenger. Secondary: Reservation System, Tracing Network.":
            // several fields on one line, each read as a line of its own; a part without a label ("also Ops") goes
            // with the field before it.
            var role = sectionRole;
            foreach (var field in fields)
            {
                var (fieldLabel, _) = Texts.SplitLabel(field);
                role = fieldLabel.Length == 0 ? role : RoleOf(fieldLabel) ?? (NamesSystems(fieldLabel) ? ActorRole.Secondary : sectionRole);
                ReadLine(fieldLabel.Length == 0 ? WithoutAlso(field) : field, role, position, actors);
            }

            return;
        }

        var (label, value) = Texts.SplitLabel(text);
        var labelRole = label.Length > 0 ? RoleOf(label) : null;
        if ((labelRole is not null && IsRoleLabel(label)) || (label.Length > 0 && (NamesSystems(label) || IsActorsLabel(label))))
        {
            foreach (var name in SplitNames(value))
            {
                Add(actors, name, labelRole ?? (NamesSystems(label) ? ActorRole.Secondary : sectionRole), string.Empty, position);
            }

            return;
        }

        if (label.Length > 0)
        {
            Add(actors, label, RoleOf(value) ?? sectionRole, value, position);
            return;
        }

        var dash = IndexOfDash(text);
        if (dash > 0)
        {
            Add(actors, text.Substring(0, dash).Trim(), sectionRole, text.Substring(dash).Trim(' ', '-', '–', '—'), position);
            return;
        }

        foreach (var name in SplitNames(text))
        {
            Add(actors, name, RoleOf(name) ?? sectionRole, string.Empty, position);
        }
    }

    /// <summary>
    /// A line without a label that names a use case ("Includes UC-1 …") or is a sentence of five words or more with
    /// no comma between names ("The organiser works for the tenant."): prose, not a list of actors.
    /// </summary>
    private static bool IsSentence(string text)
    {
        if (Texts.SplitLabel(text).Label.Length > 0 || IndexOfDash(text) > 0)
        {
            return false;
        }

        if (TextPatterns.UseCaseReference.IsMatch(text))
        {
            return true;
        }

        var words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= 5 && text.IndexOfAny(new[] { ',', ';', '、' }) < 0 && text.TrimEnd().EndsWith(".", StringComparison.Ordinal);
    }

    private const string NextFieldPattern =
        @"\s+·\s+|(?<=[.;])\s+(?=(?:Secondary|Primary|Supporting|Other|Offstage|Secundari|Principal|Actor|Ator)[\p{L}\s/()]{0,30}:)";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_nextField = NextFieldRegex();

    [System.Text.RegularExpressions.GeneratedRegex(NextFieldPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex NextFieldRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_nextField = new(NextFieldPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>
    /// The fields of one line: split at " · " and before an actor label that follows a sentence's end (". Secondary:"),
    /// not before any label ("… identity data. Maximum wait: 10 seconds." describes the actor before it).
    /// </summary>
    private static List<string> FieldsOf(string text)
    {
        var parts = new List<string>();
        // One colon is enough: after "Primary actor:" the value alone may read "Device (scheduled job). Secondary: CDN".
        if (text.IndexOf('·') < 0 && text.IndexOf(':') < 0)
        {
            return parts;
        }

        try
        {
            foreach (var part in s_nextField.Split(text))
            {
                if (part.Trim().Trim('.', ';').Trim() is { Length: > 0 } field)
                {
                    parts.Add(field);
                }
            }
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            parts.Clear();
        }

        return parts;
    }

    private const string GenderEndingPattern =
        @"(?<=\p{L})\((?:a|o|as|os|es)\)";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_genderEnding = GenderEndingRegex();

    [System.Text.RegularExpressions.GeneratedRegex(GenderEndingPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex GenderEndingRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_genderEnding = new(GenderEndingPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    private static string WithoutAlso(string text) =>
        text.StartsWith("also ", StringComparison.OrdinalIgnoreCase) ? text.Substring(5).Trim() : text;

    private static bool IsActorsLabel(string label) =>
        label.Trim().ToLowerInvariant() is "actor" or "actors" or "actor(s)" or "atores" or "ator" or "actores" or "actor principal" or "ator principal";

    private static int IndexOfDash(string text)
    {
        foreach (var dash in new[] { " - ", " – ", " — " })
        {
            var i = text.IndexOf(dash, StringComparison.Ordinal);
            if (i > 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static IEnumerable<string> SplitNames(string value)
    {
        if (Texts.IsNone(value))
        {
            yield break;
        }

        var depth = 0;
        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ',';
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && (c is ',' or ';' or '、' or '，'))
            {
                var name = value.Substring(start, i - start).Trim();
                if (name.StartsWith("and ", StringComparison.OrdinalIgnoreCase))
                {
                    name = name.Substring(4).Trim();
                }

                if (name.Length > 0 && !Texts.IsNone(name))
                {
                    yield return name;
                }

                start = i + 1;
            }
        }
    }

    private static void Add(ActorList actors, string label, ActorRole? role, string description, SourcePosition position)
    {
        label = label.Trim().Trim('*', '_', '`').Trim().TrimEnd('.', ';').Trim();
        if (label.Length == 0 || Texts.IsNone(label) || label.Length > 80)
        {
            return;
        }

        // "Enfermeiro(a) do NIR", "Jefe(a) de Servicio": the gender ending in brackets is part of the word, not a remark.
        if (label.IndexOf('(') > 0)
        {
            label = s_genderEnding.Replace(label, string.Empty);
        }

        var name = label;
        var paren = name.IndexOfAny(new[] { '(', '（' });
        if (paren > 0)
        {
            name = name.Substring(0, paren).Trim();
        }

        // "Customer (primary)" — the qualifier is the role, not part of the label.
        if (paren > 0 && RoleOf(label.Substring(paren)) is not null && IsRoleLabel(label.Substring(paren).Trim('(', ')', '（', '）', ' ')))
        {
            role = RoleOf(label.Substring(paren));
            label = name;
        }
        else if (paren > 0 && (AcronymOf(name, label.Substring(paren)) ?? ShortNameOf(name, label.Substring(paren))) is { } acronym)
        {
            // "Practice Management System (PMS)": the document names it by its short form from here on; the long
            // form stays its label and opens its description.
            description = description.Length == 0 ? name : name + " - " + description;
            name = acronym;
        }
        else if (paren > 0 && label.Substring(paren).Trim().TrimStart('(', '（').TrimEnd(')', '）').Trim() is { Length: > 0 } said)
        {
            // "Locker Controller (external system)", "Volunteer (person)": what the parenthesis says of the actor
            // is its description, as much as a dash after the name would be.
            description = description.Length == 0 ? said : said + " - " + description;
        }

        if (actors.Contains(name))
        {
            // "Secondary: …, HL7 Gateway" and then "| HL7 Gateway | External | Integration engine |": the list that
            // describes an actor named before says what it is.
            actors.Describe(name, description);
            return;
        }

        var hasPrimary = actors.HasPrimary;
        var actualRole = role ?? (hasPrimary ? ActorRole.Secondary : ActorRole.Primary);
        if (actualRole == ActorRole.Primary && hasPrimary)
        {
            actualRole = ActorRole.Secondary;
        }

        actors.Add(new UseCaseActor(name, label, actualRole, description, position));
    }

    /// <summary>"(PMS)" after "Practice Management System": a short form of capitals, one per word of the long form.</summary>
    internal static string? AcronymOf(string longForm, string parenthesis)
    {
        var inner = parenthesis.Trim().TrimStart('(', '（').TrimEnd(')', '）').Trim();
        if (inner.Length < 2 || inner.Length > 8 || !inner.All(c => char.IsUpper(c) || char.IsDigit(c)))
        {
            return null;
        }

        var initials = new string(longForm.Split(new[] { ' ', '-' }, StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]).ToArray());
        return initials.Length >= 2 && (initials == inner || inner.StartsWith(initials, StringComparison.Ordinal) || initials.StartsWith(inner, StringComparison.Ordinal)) ? inner : null;
    }

    /// <summary>
    /// "(IdP)", "(Cl@ve)", "(PayerLink)" after "Identity Provider", "Plataforma de identificación", "Insurance Eligibility
    /// Service": one word written as a name (a sign or a capital inside it, or the capitals of the long form in order), which the steps use for the actor; a word in
    /// brackets that is no such name ("(Kiosk)", "(B2B)", "(person)") says what the actor is instead.
    /// </summary>
    internal static string? ShortNameOf(string longForm, string parenthesis)
    {
        var inner = parenthesis.Trim().TrimStart('(', '（').TrimEnd(')', '）').Trim();
        if (inner.Length is < 2 or > 12 || inner.IndexOf(' ') >= 0 || !char.IsUpper(inner[0]) || !char.IsLetter(inner[inner.Length - 1])
            || !inner.All(c => char.IsLetterOrDigit(c) || c is '@' or '&' or '+' or '-'))
        {
            return null;
        }

        // "Cl@ve": a sign inside makes it a name; "IdP" after "Identity Provider": the long form's initials, in order.
        if (inner.Any(c => c is '@' or '&' or '+'))
        {
            return inner;
        }

        // "Insurance Eligibility Service (PayerLink)": a product name written as one word with a capital inside.
        if (inner.Length >= 5 && inner.All(char.IsLetterOrDigit) && Enumerable.Range(1, inner.Length - 1).Any(i => char.IsUpper(inner[i]) && char.IsLower(inner[i - 1])))
        {
            return inner;
        }

        var initials = longForm.Split(new[] { ' ', '-' }, StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => char.ToUpperInvariant(w[0])).ToList();
        var found = 0;
        foreach (var c in inner.Where(char.IsUpper))
        {
            found += found < initials.Count && c == initials[found] ? 1 : 0;
        }

        return initials.Count >= 2 && found == initials.Count ? inner : null;
    }

    internal static ActorRole? RoleOf(string text)
    {
        if (text.IndexOf("secondary", StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf("supporting", StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf("offstage", StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf("副", StringComparison.Ordinal) >= 0)
        {
            return ActorRole.Secondary;
        }

        if (text.IndexOf("primary", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("主", StringComparison.Ordinal) >= 0)
        {
            return ActorRole.Primary;
        }

        return null;
    }

    private static readonly string[] s_systemsWords = { "systems", "sistemas", "systeme", "systèmes", "sistemi", "システム", "시스템" };

    /// <summary>True when a list's label speaks of systems only ("External systems", "Sistemas externos"), not of people too.</summary>
    private static bool NamesSystems(string label)
    {
        var lower = label.ToLowerInvariant();
        return s_systemsWords.Any(w => lower.IndexOf(w, StringComparison.Ordinal) >= 0)
            && lower.IndexOf("people", StringComparison.Ordinal) < 0 && lower.IndexOf("actor", StringComparison.Ordinal) < 0
            && lower.IndexOf("person", StringComparison.Ordinal) < 0 && lower.IndexOf("pessoas", StringComparison.Ordinal) < 0;
    }

    private static readonly string[] s_kindHeaders = { "kind", "type", "category", "tipo", "categoria", "categoría", "art", "typ", "種別", "種類", "유형" };

    /// <summary>The column of a participant table that says what kind each one is ("Kind", "Type"), or -1.</summary>
    private static int KindColumn(IReadOnlyList<string> header)
    {
        for (var c = 1; c < header.Count; c++)
        {
            if (Array.IndexOf(s_kindHeaders, Texts.Clean(header[c]).Trim().ToLowerInvariant()) >= 0)
            {
                return c;
            }
        }

        return -1;
    }

    private static bool IsRoleLabel(string label)
    {
        var normalized = label.Trim().ToLowerInvariant();
        return normalized is "primary" or "secondary" or "supporting" or "offstage" or "primary actor" or "primary actors"
            or "secondary actor" or "secondary actors" or "supporting actor" or "supporting actors" or "主アクター" or "副アクター"
            or "主" or "副" or "primary actor(s)" or "secondary actor(s)";
    }
}
