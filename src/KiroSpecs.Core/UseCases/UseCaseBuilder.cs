using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.Diagnostics;

namespace KiroSpecs.Core.UseCases;

/// <summary>Reads the sections of one use case into a <see cref="UseCase"/> and checks its step references.</summary>
internal static partial class UseCaseBuilder
{
    private const string IdLikePattern =
        @"^\p{Lu}{2,6}[-_ ]?\d{1,4}$";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_idLike = IdLikeRegex();

    [System.Text.RegularExpressions.GeneratedRegex(IdLikePattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex IdLikeRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_idLike = new(IdLikePattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    private const string LeadingNumberPattern =
        @"^\d+(?:\.\d+)*\.?\s+";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_leadingNumber = LeadingNumberRegex();

    [System.Text.RegularExpressions.GeneratedRegex(LeadingNumberPattern, System.Text.RegularExpressions.RegexOptions.None, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex LeadingNumberRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_leadingNumber = new(LeadingNumberPattern, System.Text.RegularExpressions.RegexOptions.None, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    private const string ActorsNotePattern =
        @"^(?:actors?|atores?|actores?|アクター)\s*[:：]\s*(?<names>.+)$";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_actorsNote = ActorsNoteRegex();

    [System.Text.RegularExpressions.GeneratedRegex(ActorsNotePattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex ActorsNoteRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_actorsNote = new(ActorsNotePattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    public static UseCase Build(UseCaseBuffer buffer, string path, List<Diagnostic> diagnostics)
    {
        var actors = new ActorList();
        var preconditions = new List<LabeledText>();
        var postconditions = new List<LabeledText>();
        var steps = new List<UseCaseStep>();
        var drafts = new List<BranchDraft>();
        var data = new List<DataElement>();
        var rules = new List<LabeledText>();
        var requirements = new List<LabeledText>();
        var sameAs = new List<SameAsReference>();
        var named = new Dictionary<BranchDraft, string>();
        var notes = new List<UseCaseNote>();
        var id = buffer.Id;
        var name = buffer.Name.Length > 0 || buffer.Id.Length > 0 ? buffer.Name : string.Empty;
        if (id.Length == 0)
        {
            // "| ID | UC-12 |", "| Name | Approve an expense |": a field table under a generic heading names the use case.
            var (fieldId, fieldName) = ReadFieldTable(buffer.Preamble, actors);
            id = fieldId;
            name = fieldName.Length > 0 ? fieldName : name;
        }

        var idOnly = (name.Length == 0 && id.Length > 0) || (id.Length == 0 && s_idLike.IsMatch(name));
        if (idOnly && TitleLine(buffer.Preamble) is { } title)
        {
            // "### CDU 06" with "Busca de Usuário por Palavra Chave" as the first line under it: the use case's name.
            id = id.Length > 0 ? id : name;
            name = title;
        }

        SplitInlineFields(buffer);
        var displayName = id.Length > 0 ? id : name;
        var hasFlowSection = buffer.Sections.Any(s => s.Kind == SectionKind.BasicFlow);
        var numberedFlows = buffer.Sections.Count(s => s.Kind == SectionKind.BasicFlow) > 1
            && buffer.Sections.Any(s => s.Kind == SectionKind.BasicFlow && HasNumberedItems(s));
        if (!hasFlowSection)
        {
            foreach (var section in buffer.Sections.Where(s => !s.IsBranch).ToList())
            {
                if (TrailingExtensions(section.Content) is { Count: > 0 } extensions)
                {
                    // "1. … 6. …" and then "- 5a Fach belegt: …", "- 3a. Transferred to ED: …" with no heading: the
                    // extensions of the steps above, not further steps.
                    section.Content.RemoveAll(extensions.Contains);
                    var group = new SectionBuffer(SectionKind.Extensions, string.Empty, extensions[0].Position, false, BranchKind.Alternative, true);
                    group.Content.AddRange(extensions);
                    buffer.Sections.Add(group);
                }
            }

            // No flow label, but "Step 1: …" lines under another one ("Description:"): that section is the flow.
            var stepped = buffer.Sections.FirstOrDefault(s => !s.IsBranch && s.Kind is SectionKind.FreeText or SectionKind.Unknown && StepReader.HasStepHeaders(s.Content));
            if (stepped is not null)
            {
                steps.AddRange(StepReader.Read(stepped.Content, _ => { }));
                hasFlowSection = true;
            }
            else if (buffer.Sections.Where(s => !s.IsBranch && s.Kind is not (SectionKind.DataElements or SectionKind.BusinessRules or SectionKind.Requirements))
                .Select(s => (Section: s, Rows: StepReader.StepTableRows(s.Content))).FirstOrDefault(t => t.Rows.Count > 0) is ({ } tabled, var rows))
            {
                // "| Step | Actor | Action |" right under the use case's fields, with no flow heading: the table is the
                // flow; the fields around it are read as usual.
                steps.AddRange(StepReader.Read(rows, _ => { }));
                tabled.Content.RemoveAll(rows.Contains);
                if (BranchTableRows(tabled.Content) is { Count: > 0 } branchRows)
                {
                    // "| Ref | Condition | Handling |" with "5a", "5b" in its first column, under the same fields: the
                    // flows of the steps above, not actors.
                    tabled.Content.RemoveAll(branchRows.Contains);
                    var group = new SectionBuffer(SectionKind.Extensions, string.Empty, branchRows[0].Position, false, BranchKind.Alternative, true);
                    group.Content.AddRange(branchRows);
                    buffer.Sections.Add(group);
                }

                hasFlowSection = true;
            }
            else if (buffer.Sections.Select(ListAfterAField).FirstOrDefault(l => l.Count > 0) is { } listed)
            {
                // "**Primary actor:** Workbench" or "Actor: Claims handler." and then "1. Workbench checks …": a field
                // whose value is on its own line is complete; the list after it is the flow.
                steps.AddRange(StepReader.Read(listed, _ => { }));
                var at = buffer.Sections.FindIndex(section => section.Content.Contains(listed[0]));
                foreach (var section in buffer.Sections)
                {
                    section.Content.RemoveAll(listed.Contains);
                }

                if (at >= 0 && at + 1 < buffer.Sections.Count && buffer.Sections[at + 1] is { Kind: SectionKind.FreeText, IsBranch: false } after
                    && after.Content.Count > 0 && after.Content.All(e => e.Kind == OutlineKind.Line && BranchReader.StartsWithCondition(e.Text)))
                {
                    // "If FinPay rejects the instruction, … the use case ends without payment." right after the list:
                    // each sentence is an alternative of the flow, as under an "Alternative flows" label.
                    after.Kind = SectionKind.AlternativeFlows;
                }

                hasFlowSection = true;
            }
        }

        foreach (var section in buffer.Sections)
        {
            if (section.IsBranch)
            {
                drafts.Add(BranchReader.FromSection(section));
                continue;
            }

            if (TryReadSameAs(section, sameAs))
            {
                continue;
            }

            switch (section.Kind)
            {
                case SectionKind.Actors:
                    ActorReader.Read(section, actors, (prose, position) => notes.Add(new UseCaseNote(string.Empty, prose, false, string.Empty, position)));
                    break;
                case SectionKind.Preconditions:
                    LabeledTextReader.Read(section, preconditions);
                    NoteReader.ReadCode(section, notes);
                    break;
                case SectionKind.Postconditions:
                    LabeledTextReader.Read(section, postconditions);
                    NoteReader.ReadCode(section, notes);
                    break;
                case SectionKind.BasicFlow when numberedFlows && !HasNumberedItems(section):
                    // "## Scenario" prose beside a numbered "## Steps" list describes the flow; the list is the flow,
                    // the prose is kept as a note (what it says still names the participants).
                    NoteReader.Read(section, notes);
                    break;
                case SectionKind.BasicFlow:
                    steps.AddRange(StepReader.Read(section.Content, e =>
                    {
                        var prose = e.Kind != OutlineKind.Code ? Texts.Clean(e.Text) : string.Empty;
                        if (SaysOnlyThatItEnds(prose))
                        {
                            // "Use case ends." after the last step: where the flow ends, which the diagram shows.
                            return;
                        }

                        ReportUnreadable(e, section, displayName, path, diagnostics);
                        if (prose.Length > 0)
                        {
                            // Prose between the steps is no step, but it is still the author's text: the analysis
                            // sections quote it ("The Workbench uses optimistic locking").
                            notes.Add(new UseCaseNote(section.Label, prose, false, string.Empty, e.Position));
                        }
                    }));
                    break;
                case SectionKind.AlternativeFlows or SectionKind.ExceptionFlows or SectionKind.Extensions:
                    var group = BranchReader.SplitGroup(section, sameAs, e => notes.Add(new UseCaseNote(section.Label, Texts.Clean(e.Text), false, string.Empty, e.Position)));
                    if (group.Count == 1 && SectionClassifier.NameAfterPhrase(section.Label).Length > 0)
                    {
                        // "**Fluxo Alternativo A**" holding one flow: the label is that flow's name.
                        // "### 3.3 Exceptional Flow: Payment fails": the chapter number is the document's, not the flow's.
                        named[group[0]] = s_leadingNumber.Replace(section.Label.Trim().Trim('*', ':').Trim(), string.Empty);
                    }

                    drafts.AddRange(group);
                    break;
                case SectionKind.DataElements:
                    DataElementReader.Read(section, data);
                    break;
                case SectionKind.BusinessRules:
                    LabeledTextReader.Read(section, rules);
                    break;
                case SectionKind.Requirements:
                    LabeledTextReader.Read(section, requirements);
                    break;
                case SectionKind.FreeText when ReferenceEquals(section, buffer.Preamble) && !hasFlowSection:
                    ReadPreamble(section, steps, notes, drafts);
                    break;
                case SectionKind.FreeText:
                    NoteReader.Read(section, notes);
                    break;
                case SectionKind.Unknown when section.Content.Count > 0:
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnknownSection, path, section.Position.Line, section.Position.Column, section.Label, displayName));
                    NoteReader.Read(section, notes);
                    break;
            }
        }

        var branches = new List<UseCaseBranch>();
        var alternativeIndex = 0;
        var exceptionIndex = 0;
        foreach (var draft in drafts)
        {
            var index = draft.Kind == BranchKind.Exception ? ++exceptionIndex : ++alternativeIndex;
            var branch = BranchReader.Read(draft, index);
            branches.Add(named.TryGetValue(draft, out var label) && branch.Id == (draft.Kind == BranchKind.Exception ? "Exception " : "Alternative ") + index.ToString(CultureInfo.InvariantCulture)
                ? branch with { Id = label }
                : branch);
        }

        var ordinals = steps.Select(s => s.Ordinal).Where(o => o > 0).OrderBy(o => o).ToArray();
        branches = BranchPlacement.Place(BranchShapes.Normalize(branches), steps).Select(b => BranchReader.WithStatusEnding(BranchEnding.Rejoin(b, ordinals))).ToList();
        if (actors.Count == 0)
        {
            // "- **Actors:** Elektra, Application, User" in a summary list: the use case's actors all the same.
            foreach (var note in notes)
            {
                var match = s_actorsNote.Match(note.Text);
                if (!note.IsCode && match.Success)
                {
                    // No role is stated: each is a person only when its name says so ("User"), not by default.
                    ActorReader.ReadLine(match.Groups["names"].Value, ActorRole.Secondary, note.Position, actors);
                }
            }
        }

        if (steps.Count == 0 && !hasFlowSection)
        {
            // A use case written as prose: the lines right under its title ("In this use case, a known identifier
            // is used to locate the record.") are part of what it says.
            var said = new List<UseCaseNote>();
            NoteReader.Read(buffer.Preamble, said);
            notes.InsertRange(0, said.Where(n => !n.IsCode));
        }

        var written = steps.Count == 0 ? WrittenDiagram(buffer) : null;
        if (steps.Count == 0 && written is null)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UseCaseWithoutSteps, path, buffer.Position.Line, buffer.Position.Column, displayName));
        }
        else
        {
            CheckReferences(steps, branches, displayName, path, diagnostics);
        }

        return ProseBranchReader.With(new UseCase(
            id,
            name,
            buffer.Position,
            actors.ToEquatableArray(),
            preconditions.ToEquatableArray(),
            steps.ToEquatableArray(),
            branches.ToEquatableArray(),
            postconditions.ToEquatableArray(),
            data.ToEquatableArray(),
            rules.ToEquatableArray(),
            requirements.ToEquatableArray(),
            sameAs.ToEquatableArray(),
            notes.ToEquatableArray(),
            written));
    }

    /// <summary>The first Mermaid sequence diagram among the use case's own content, for a use case written as one.</summary>
    private static WrittenSequence? WrittenDiagram(UseCaseBuffer buffer)
    {
        foreach (var section in buffer.Sections)
        {
            foreach (var entry in section.Content)
            {
                if (entry.Kind == OutlineKind.Code && entry.Marker.Trim().Equals("mermaid", StringComparison.OrdinalIgnoreCase)
                    && WrittenSequenceReader.TryRead(entry.Text, entry.Position) is { } written)
                {
                    return written;
                }
            }
        }

        return null;
    }

    /// <summary>Content before the first section of a use case without a flow section: a bare numbered list is its flow.</summary>
    /// <summary>A short first line of text under an id-only heading, written like a title (no full stop); else null.</summary>
    private static string? TitleLine(SectionBuffer preamble)
    {
        if (preamble.Content.Count == 0 || preamble.Content[0] is not { Kind: OutlineKind.Line } first || first.Depth > 0)
        {
            return null;
        }

        var text = Texts.Clean(first.Text);
        return text.Length is > 0 and <= 80 && Texts.CountWords(text) <= 10 && char.IsLetter(text[0]) && char.IsUpper(text[0])
            && text.IndexOfAny(new[] { '.', ':', ';', '!', '?', '|' }) < 0
            && TextPatterns.SafeMatch(TextPatterns.NumberedLine, text) is null ? text : null;
    }

    /// <summary>
    /// "Preconditions: the handler is logged in." written as a line of a paragraph: the field is that paragraph. What
    /// follows it (prose, a diagram, bullets) is the use case's text, not more preconditions, unless the value ends
    /// with a colon ("Preconditions: the following hold:").
    /// </summary>
    private static void SplitInlineFields(UseCaseBuffer buffer)
    {
        for (var i = 0; i < buffer.Sections.Count; i++)
        {
            var section = buffer.Sections[i];
            var content = section.Content;
            if (section.IsBranch || section.Kind is not (SectionKind.Preconditions or SectionKind.Postconditions or SectionKind.Actors) || content.Count < 2
                || content[0].Kind != OutlineKind.Line || content[0].Depth == 0 || content[0].Text.TrimEnd().EndsWith(":", StringComparison.Ordinal))
            {
                continue;
            }

            var cut = content.FindIndex(e => e.Depth == 0 && e.Kind is OutlineKind.Line or OutlineKind.Code);
            if (cut <= 0)
            {
                continue;
            }

            var rest = new SectionBuffer(SectionKind.FreeText, string.Empty, content[cut].Position, false, BranchKind.Alternative, false);
            rest.Content.AddRange(content.Skip(cut));
            content.RemoveRange(cut, content.Count - cut);
            buffer.Sections.Insert(i + 1, rest);
        }
    }

    /// <summary>
    /// The list after a field's value in a section opened by "Field: value" (not "Field: …:"), when it holds two
    /// items or more that read as sentences; else empty.
    /// </summary>
    private static List<OutlineEntry> ListAfterAField(SectionBuffer section)
    {
        var content = section.Content;
        if (section.IsBranch || section.Kind is SectionKind.DataElements or SectionKind.BusinessRules or SectionKind.Requirements or SectionKind.BasicFlow
            || content.Count < 3 || content[0].Kind != OutlineKind.Line || content[0].Text.TrimEnd().EndsWith(":", StringComparison.Ordinal))
        {
            return new List<OutlineEntry>();
        }

        // "*Attore principale:* Utente iscritto." and then "1. L'utente entra …", "2. Il sistema mostra …" as lines
        // of their own (steps written as paragraphs): the numbered lines right after the value.
        static bool Numbered(OutlineEntry e) => e.Kind == OutlineKind.Line && TextPatterns.SafeMatch(TextPatterns.NumberedLine, Texts.Clean(e.Text)) is not null;
        var lines = content.Skip(Numbered(content[0]) && content[0].Depth == 0 ? 0 : 1).TakeWhile(Numbered).ToList();
        if (lines.Count >= 2)
        {
            return lines;
        }

        // The list right after the value, up to the first line of text at its depth or above; a numbered list may
        // come after a paragraph of its own ("Use this once all your services are on the new secret.").
        var first = 1;
        while (first < content.Count - 1 && first < 3 && content[first].Kind == OutlineKind.Line && content[first].Depth == 0)
        {
            first++;
        }

        var top = content[first].Depth;
        var end = content.FindIndex(first, e => e.Depth <= top && e.Kind != OutlineKind.Item);
        var items = content.Skip(first).Take((end < 0 ? content.Count : end) - first).ToList();
        var tops = items.Where(e => e.Kind == OutlineKind.Item && e.Depth == top).ToList();
        // Numbered 1, 2, 3 …: steps, however short ("Vault confirms."); bullets only when each reads as a sentence.
        var numbered = tops.Select((e, k) => e.Marker == (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).All(same => same);
        var sentences = first == 1 && tops.All(e => e.Text.Split(' ').Length >= 4);
        return tops.Count >= 2 && items[0].Kind == OutlineKind.Item && (numbered || sentences) ? items : new List<OutlineEntry>();
    }

    private static bool HasNumberedItems(SectionBuffer section) =>
        section.Content.Any(e => e.Kind == OutlineKind.Item && e.Marker.Length > 0);

    /// <summary>
    /// The entries from the first top-level bullet that opens with an extension id of a step ("5a", "3a.") or a flow id
    /// ("SE1 :", "A2 –") to the end,
    /// when every top-level item from there does and at least two numbered items come before it; empty otherwise.
    /// </summary>
    private static List<OutlineEntry> TrailingExtensions(List<OutlineEntry> content)
    {
        var start = -1;
        var numbered = 0;
        for (var k = 0; k < content.Count; k++)
        {
            var e = content[k];
            if (e.Kind != OutlineKind.Item || e.Depth != 0)
            {
                continue;
            }

            var text = Texts.Clean(e.Text);
            var extension = e.Marker.Length == 0
                && ((TextPatterns.SafeMatch(TextPatterns.ExtensionHeader, text) is { } m && m.Groups["step"].Value != "*" && m.Groups["rest"].Value.Length > 0)
                    || (TextPatterns.SafeMatch(TextPatterns.BranchHeader, text) is { } b && b.Groups["rest"].Value.Length > 0 && char.IsLetter(b.Groups["id"].Value[0])
                        && b.Groups["id"].Value.Length <= 8));
            if (extension && start < 0 && numbered >= 2)
            {
                start = k;
            }
            else if (!extension)
            {
                start = -1;
                numbered += e.Marker.Length > 0 ? 1 : 0;
            }
        }

        return start < 0 ? new List<OutlineEntry>() : content.GetRange(start, content.Count - start);
    }

    private static void ReadPreamble(SectionBuffer section, List<UseCaseStep> steps, List<UseCaseNote> notes, List<BranchDraft> drafts)
    {
        if (section.Content.Any(e => e.Kind == OutlineKind.Item && e.Marker.Length > 0))
        {
            var listOnly = section.Content.Where(e => e.Kind is OutlineKind.Item or OutlineKind.TableRow || (e.Kind == OutlineKind.Line && e.Depth > 0)).ToList();
            if (TrailingFlowBullets(listOnly) is { } flows)
            {
                // "1. … 6. Continue at UC1 step 8." then "- Payment declined → show error, end.": the bullets after the
                // numbered steps are the use case's other ways, each a flow of its own, not steps 7 and on.
                listOnly.RemoveAll(flows.Contains);
                BranchDraft? current = null;
                foreach (var entry in flows)
                {
                    if (current is null || entry.Depth == flows[0].Depth)
                    {
                        current = new BranchDraft(Texts.Clean(entry.Text), entry.Position, BranchKind.Alternative, false) { WholeInOneBullet = true };
                        drafts.Add(current);
                    }
                    else
                    {
                        current.Lines.Add(entry);
                    }
                }
            }

            steps.AddRange(StepReader.Read(listOnly, _ => { }));
            foreach (var line in section.Content.Where(e => e.Kind == OutlineKind.Line && e.Depth == 0 && e.Position.Line > listOnly[listOnly.Count - 1].Position.Line))
            {
                // "Editing an existing line is the same flow from step 3, except …" after the list: the author's word on
                // the steps, kept as a note (not dropped), as prose between the steps of a flow section is.
                notes.Add(new UseCaseNote(section.Label, Texts.Clean(line.Text), false, string.Empty, line.Position));
            }

            return;
        }

        // "Step 1: The clerk …", "1) …", "Step 1 - …" written as lines of a paragraph.
        var numbered = section.Content.Where(e => e.Kind == OutlineKind.Line && TextPatterns.SafeMatch(TextPatterns.NumberedLine, Texts.Clean(e.Text)) is not null).ToList();
        if (numbered.Count >= 2)
        {
            steps.AddRange(StepReader.Read(numbered, _ => { }));
            return;
        }

        // An informal use case: a bulleted list right under its title is its flow.
        var bullets = section.Content.Where(e => e.Kind == OutlineKind.Item).ToList();
        if (bullets.Count >= 2)
        {
            steps.AddRange(StepReader.Read(bullets, _ => { }));
        }
    }

    /// <summary>
    /// The bullets after the last numbered item of a list when each of them reads as a flow of its own: a condition and
    /// what happens, written with an arrow ("Payment declined → show error, end"), or opening with "If"/"When" or
    /// naming the step it starts at. Null when there are none, or when one of them reads as a step.
    /// </summary>
    private static List<OutlineEntry>? TrailingFlowBullets(List<OutlineEntry> list)
    {
        var top = list.Where(e => e.Kind == OutlineKind.Item).Select(e => e.Depth).DefaultIfEmpty(0).Min();
        var lastNumbered = list.FindLastIndex(e => e.Kind == OutlineKind.Item && e.Depth == top && e.Marker.Length > 0);
        if (lastNumbered < 0)
        {
            return null;
        }

        var first = list.FindIndex(lastNumbered + 1, e => e.Kind == OutlineKind.Item && e.Depth == top);
        if (first < 0)
        {
            return null;
        }

        var flows = list.Skip(first).ToList();
        foreach (var bullet in flows.Where(e => e.Kind == OutlineKind.Item && e.Depth == top))
        {
            var text = Texts.Clean(bullet.Text);
            var arrow = text.IndexOf(" → ", StringComparison.Ordinal) is var a and > 0 ? a : text.IndexOf(" -> ", StringComparison.Ordinal);
            var flow = bullet.Marker.Length == 0
                && ((arrow > 0 && Interactions.SentenceReader.Arrow(text) is null) || BranchReader.StartsWithCondition(text) || TextPatterns.SafeMatch(TextPatterns.Anchor, text) is not null);
            if (!flow)
            {
                return null;
            }
        }

        return flows;
    }

    private static readonly string[] s_idFields = { "id", "use case id", "uc id", "uc-id", "identifier", "use case no", "use case number", "no", "ユースケースid" };

    private static readonly string[] s_nameFields = { "name", "use case name", "use case", "title", "use case title", "ユースケース名", "名前" };

    private static readonly string[] s_actorFields = { "primary actor", "primary actors", "actor", "actors", "secondary actor", "secondary actors", "supporting actors" };

    /// <summary>Reads a two-column field table (header row included) for the use case's id, name and actors.</summary>
    private static (string Id, string Name) ReadFieldTable(SectionBuffer section, ActorList actors)
    {
        var id = string.Empty;
        var name = string.Empty;
        foreach (var row in section.Content)
        {
            if (row.Kind != OutlineKind.TableRow || row.Cells.Count != 2)
            {
                continue;
            }

            var field = SectionClassifier.Normalize(row.Cells[0]);
            var value = Texts.Clean(row.Cells[1]);
            if (value.Length == 0)
            {
                continue;
            }

            if (id.Length == 0 && Array.IndexOf(s_idFields, field) >= 0 && UseCaseTitle.IsId(value))
            {
                var match = TextPatterns.SafeMatch(TextPatterns.UseCaseHeader, value);
                id = match is not null ? UseCaseAssembler.NormalizeId(match.Groups["id"].Value) : value;
            }
            else if (name.Length == 0 && Array.IndexOf(s_nameFields, field) >= 0)
            {
                name = value;
            }
            else if (Array.IndexOf(s_actorFields, field) >= 0)
            {
                ActorReader.ReadLine(Texts.Clean(row.Cells[0]) + ": " + value, null, row.Position, actors);
            }
        }

        return (id, name);
    }

    /// <summary>The rows of the first table whose every row opens with a flow id ("5a", "E1") and whose header is a branch table's.</summary>
    private static List<OutlineEntry> BranchTableRows(List<OutlineEntry> content)
    {
        for (var i = 0; i < content.Count; i++)
        {
            if (content[i].Kind != OutlineKind.TableRow || !content[i].IsHeaderRow)
            {
                continue;
            }

            var end = BranchTable.End(content, i);
            if (end > i + 1 && content.Skip(i + 1).Take(end - i - 1).All(row => row.Cells.Count > 1 && IsFlowId(Texts.Clean(row.Cells[0])))
                && BranchTable.TryRead(content, i, end, SectionKind.Extensions, new List<BranchDraft>()))
            {
                return content.GetRange(i, end - i);
            }
        }

        return new List<OutlineEntry>();
    }

    private static bool IsFlowId(string cell) =>
        TextPatterns.SafeMatch(TextPatterns.ExtensionHeader, cell) is { } extension ? extension.Groups["rest"].Value.Length == 0
            : TextPatterns.SafeMatch(TextPatterns.BranchHeader, cell) is { } header && header.Groups["rest"].Value.Length == 0;

    private static bool TryReadSameAs(SectionBuffer section, List<SameAsReference> sameAs)
    {
        var texts = section.Content.Where(e => e.Kind is OutlineKind.Item or OutlineKind.Line).ToList();
        if (texts.Count != 1)
        {
            return false;
        }

        var match = TextPatterns.SafeMatch(TextPatterns.SameAs, texts[0].Text);
        if (match is null)
        {
            return false;
        }

        sameAs.Add(new SameAsReference(section.Label, UseCaseAssembler.NormalizeId(match.Groups["id"].Value), texts[0].Position));
        return true;
    }

    /// <summary>"Use case ends.", "The use case ends here.", "El caso de uso termina.": a line that only closes the flow.</summary>
    private static bool SaysOnlyThatItEnds(string text) =>
        text.Length > 0 && text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length <= 6 && TextPatterns.SafeMatch(TextPatterns.Terminates, text) is not null;

    private static void ReportUnreadable(OutlineEntry entry, SectionBuffer section, string useCase, string path, List<Diagnostic> diagnostics)
    {
        var text = Texts.Clean(entry.Kind == OutlineKind.Code ? "code block" : entry.Text);
        if (text.Length > 60)
        {
            text = text.Substring(0, 57) + "...";
        }

        diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnreadableFlowContent, path, entry.Position.Line, entry.Position.Column, section.Label, useCase, text));
    }

    private static void CheckReferences(List<UseCaseStep> steps, List<UseCaseBranch> branches, string useCase, string path, List<Diagnostic> diagnostics)
    {
        var known = new HashSet<int>(steps.Select(s => s.Ordinal));
        var listed = DescribeSteps(steps);
        int? last = null;
        void Check(UseCaseBranch branch, int step, SourcePosition position)
        {
            if (step > 0 && !known.Contains(step))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.StepReferenceMissing, path, position.Line, position.Column, branch.Id, useCase, step, listed));
            }
        }

        foreach (var branch in branches)
        {
            if (branch.Anchor.Kind == AnchorKind.Step)
            {
                Check(branch, branch.Anchor.FromStep, branch.Position);
                if (branch.Anchor.ToStep != branch.Anchor.FromStep)
                {
                    Check(branch, branch.Anchor.ToStep, branch.Position);
                }
            }
            else if (branch.Anchor.Kind == AnchorKind.None)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.BranchWithoutAnchor, path, branch.Position.Line, branch.Position.Column, branch.Id, useCase));
            }

            var ending = branch.Ending;
            if (ending.Kind == EndingKind.ContinueAt && !(ending.Step == (last ??= steps.Count == 0 ? 0 : steps.Max(s => s.Ordinal)) + 1))
            {
                Check(branch, ending.Step, ending.Position);
            }

            if (ending.SkipFrom > 0)
            {
                Check(branch, ending.SkipFrom, ending.Position);
                if (ending.SkipTo != ending.SkipFrom)
                {
                    Check(branch, ending.SkipTo, ending.Position);
                }
            }

            if (branch.Steps.IsEmpty && ending.Kind == EndingKind.Unspecified)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.BranchWithoutSteps, path, branch.Position.Line, branch.Position.Column, branch.Id, useCase));
            }
        }
    }

    private static string DescribeSteps(List<UseCaseStep> steps)
    {
        var ordinals = steps.Select(s => s.Ordinal).Where(o => o > 0).OrderBy(o => o).ToList();
        if (ordinals.Count == 0)
        {
            return "none";
        }

        var first = ordinals[0].ToString(CultureInfo.InvariantCulture);
        var last = ordinals[ordinals.Count - 1].ToString(CultureInfo.InvariantCulture);
        return ordinals.Count == 1 ? first : first + "-" + last;
    }
}
