using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using KiroSpecs.Build.Tests.Infrastructure;

namespace KiroSpecs.Build.Tests.Reliability;

/// <summary>
/// The bad-input battery: every feature folder a user (or a broken tool) could leave in .kiro/specs,
/// all of them in one spec root so that two builds cover them all.
/// </summary>
internal static class BadInputs
{
    public const string Spec = "spec.json";
    public const string UseCase = "usecase.md";
    public const string Sequence = "sequence.md";

    /// <summary>The feature whose sequence.md the test holds locked during the first build.</summary>
    public const string LockedSequence = "locked-sequence";

    /// <summary>The feature whose spec.json the test holds locked during the first build.</summary>
    public const string LockedSpec = "locked-spec";

    /// <summary>The feature whose (stale, generated) sequence.md is read-only.</summary>
    public const string ReadOnlySequence = "read-only-sequence";

    /// <summary>The feature whose spec.json (approved, to be updated) is read-only.</summary>
    public const string ReadOnlySpec = "read-only-spec";

    /// <summary>The feature folder that is a link to a folder outside the spec root.</summary>
    public const string EscapingLink = "link-outside-root";

    // Declared before All: static fields initialise in order.
    private static readonly byte[] s_bom = [0xEF, 0xBB, 0xBF];

    private static readonly string s_approved = SpecTexts.Spec("x", approved: true);

    public static IReadOnlyList<BadInput> All { get; } = Create();

    /// <summary>A hand-written sequence.md (no marker): the package must never replace it.</summary>
    public static string HandWritten(string feature) => $"# Sequence Diagrams: {feature}\n\nWritten by hand; must survive every build.\n";

    private static List<BadInput> Create()
    {
        var cases = new List<BadInput>
        {
            // ----- spec.json: malformed, wrong shape, odd but valid -----
            SpecCase("spec-truncated", Utf8(s_approved[..(s_approved.Length / 2)])),
            SpecCase("spec-unquoted-key", Utf8("{\n  feature_name: \"x\",\n  \"approvals\": {}\n}\n"), 2, 3),
            SpecCase("spec-approved-yes", Utf8(s_approved.Replace("\"approved\": true", "\"approved\": \"yes\"", StringComparison.Ordinal)), 12, 19),
            SpecCase("spec-approved-null", Utf8(s_approved.Replace("\"approved\": true", "\"approved\": null", StringComparison.Ordinal)), 12, 19),
            SpecCase("spec-approvals-array", Utf8("{\n  \"phase\": \"usecase-defined\",\n  \"approvals\": [ { \"usecase\": { \"approved\": true } } ]\n}\n"), 3, 16),
            SpecCase("spec-approvals-null", Utf8("{\n  \"approvals\": null\n}\n"), 2, 16),
            SpecCase("spec-usecase-array", Utf8("{ \"approvals\": { \"usecase\": [true] } }"), 1, 29),
            SpecCase("spec-phase-number", Utf8(s_approved.Replace("\"phase\": \"usecase-defined\"", "\"phase\": 3", StringComparison.Ordinal)), 7, 12),
            SpecCase("spec-duplicate-keys", Utf8("{\n  \"approvals\": {\n    \"usecase\": { \"approved\": false, \"approved\": true }\n  }\n}\n"), 3, 37),
            SpecCase("spec-root-array", Utf8("[ { \"approvals\": { \"usecase\": { \"approved\": true } } } ]\n"), 1, 1),
            SpecCase("spec-root-string", Utf8("\"approved\"")),
            SpecCase("spec-empty", []),
            SpecCase("spec-whitespace-only", Utf8("  \n\t\n")),
            SpecCase("spec-two-documents", Utf8(s_approved + s_approved)),
            SpecCase("spec-deeply-nested", Utf8("{ \"approvals\": " + new string('[', 100_000) + new string(']', 100_000) + " }")),
            SpecCase("spec-huge-string", Utf8("{ \"project_description\": \"" + new string('x', 3_000_000) + "\", \"approvals\": { \"usecase\": { \"approved\": \"yes\" } } }")),
            SpecCase("spec-binary", RandomBytes(4096, seed: 1), "KIRO201"),
            SpecCase("spec-utf16", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(s_approved)).ToArray(), "KIRO201"),

            // spec.json that is not UTF-8 but otherwise fine: rewriting it would turn its bytes into U+FFFD.
            SpecCase("spec-latin1", Encoding.Latin1.GetBytes(SpecTexts.Spec("spec-latin1", approved: true, description: "Café crème, naïve"))) with
            {
                Diagnostics = [new("KIRO201", Spec)],
                AlsoAllowed = ["KIRO004"],
            },

            // Valid, unusual spec.json files: generated, and the file keeps its form.
            new("spec-bom", (root, name) => Files(root, name, Bytes(s_bom, Utf8(SpecTexts.Spec(name, approved: true))), Utf8(SpecTexts.UseCase("s_bom Spec"))), SequenceOutcome.Generated),
            new("spec-comments-trailing-commas", (root, name) => Files(root, name, Utf8(CommentedSpec), Utf8(SpecTexts.UseCase("Commented Spec"))), SequenceOutcome.Generated),
            new("spec-crlf", (root, name) => Files(root, name, Utf8(SpecTexts.Spec(name, approved: true).ReplaceLineEndings("\r\n")), Utf8(SpecTexts.UseCase("Crlf Spec"))), SequenceOutcome.Generated),
            new("spec-missing", (root, name) => Files(root, name, null, Utf8(SpecTexts.UseCase())), SequenceOutcome.Absent, new ExpectedDiagnostic("KIRO003", Spec)),
            new("spec-is-a-folder", (root, name) => { Files(root, name, null, Utf8(SpecTexts.UseCase())); Directory.CreateDirectory(Path.Combine(root, name, Spec)); }, SequenceOutcome.Absent, new ExpectedDiagnostic("KIRO003", Spec)),

            // ----- usecase.md: empty, binary, wrong encoding, huge, odd line endings, hostile text -----
            UseCaseCase("usecase-empty", [], SequenceOutcome.Absent, new ExpectedDiagnostic("KIRO005", UseCase, 1, 1)),
            UseCaseCase("usecase-binary", RandomBytes(64 * 1024, seed: 2), SequenceOutcome.Absent, new ExpectedDiagnostic("KIRO201", UseCase, 1, 1), new ExpectedDiagnostic("KIRO005", UseCase)),
            UseCaseCase("usecase-latin1", Encoding.Latin1.GetBytes(SpecTexts.UseCase("Café Crème")), SequenceOutcome.Generated, new ExpectedDiagnostic("KIRO201", UseCase, 1, 1)),
            UseCaseCase("usecase-utf16", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(SpecTexts.UseCase("Utf16"))).ToArray(), SequenceOutcome.Absent, new ExpectedDiagnostic("KIRO201", UseCase)) with { AlsoAllowed = ["KIRO005"] },
            UseCaseCase("usecase-20mb", Utf8(Repeat(SpecTexts.UseCase("Huge"), 20 * 1024 * 1024)), SequenceOutcome.Absent, new ExpectedDiagnostic("KIRO205", UseCase)),
            UseCaseCase("usecase-bom", Bytes(s_bom, Utf8(SpecTexts.UseCase("s_bom Use Case"))), SequenceOutcome.Generated),
            UseCaseCase("usecase-crlf", Utf8(SpecTexts.UseCase("Crlf").ReplaceLineEndings("\r\n")), SequenceOutcome.Generated),
            UseCaseCase("usecase-cr-only", Utf8(SpecTexts.UseCase("Old Mac").ReplaceLineEndings("\r")), SequenceOutcome.Generated),
            UseCaseCase("usecase-mixed-line-endings", Utf8(MixLineEndings(SpecTexts.UseCase("Mixed"))), SequenceOutcome.Generated),
            UseCaseCase("usecase-10000-steps", Utf8(ManySteps(10_000)), SequenceOutcome.Generated),
            UseCaseCase("usecase-3000-chained-alternatives", Utf8(ChainedAlternatives(3000)), SequenceOutcome.Generated),
            UseCaseCase("usecase-deep-nesting", Utf8(DeepNesting), SequenceOutcome.Absent, new ExpectedDiagnostic("KIRO108", UseCase, 1, 1), new ExpectedDiagnostic("KIRO005", UseCase)),
            UseCaseCase("usecase-mermaid-hostile", Utf8(MermaidHostile), SequenceOutcome.Generated),
            UseCaseCase("usecase-markdown-hostile", Utf8(MarkdownHostile), SequenceOutcome.Generated),
            UseCaseCase("usecase-control-characters", Utf8(ControlCharacters), SequenceOutcome.Generated),
            UseCaseCase("usecase-headings-only", Utf8("# Use Case Document: Bare\n\n## Use Cases\n\n### UC-1: Nothing here\n\n### UC-2: Nor here\n"), SequenceOutcome.Generated) with { AlsoAllowed = ["KIRO005"] },
            new("usecase-link-to-device", (root, name) => { Files(root, name, Utf8(SpecTexts.Spec(name, approved: true)), null); File.CreateSymbolicLink(Path.Combine(root, name, UseCase), "/dev/zero"); }, SequenceOutcome.Absent, new ExpectedDiagnostic("KIRO005", UseCase)) { SpecUnchanged = true },
            new("usecase-is-a-named-pipe", (root, name) => { Files(root, name, Utf8(SpecTexts.Spec(name, approved: true)), null); MakeFifo(Path.Combine(root, name, UseCase)); }, SequenceOutcome.Absent, new ExpectedDiagnostic("KIRO005", UseCase)) { SpecUnchanged = true },
            new("usecase-missing", (root, name) => Files(root, name, Utf8(SpecTexts.Spec(name, approved: true)), null), SequenceOutcome.Absent, new ExpectedDiagnostic("KIRO002", UseCase)) { SpecUnchanged = true },
            new("usecase-is-a-folder", (root, name) => { Files(root, name, Utf8(SpecTexts.Spec(name, approved: true)), null); Directory.CreateDirectory(Path.Combine(root, name, UseCase)); }, SequenceOutcome.Absent, new ExpectedDiagnostic("KIRO002", UseCase)) { SpecUnchanged = true },

            // ----- sequence.md: somebody else's, unreadable, protected -----
            new("sequence-hand-written-not-utf8", (root, name) => Files(root, name, Utf8(SpecTexts.Spec(name, approved: true)), Utf8(SpecTexts.UseCase()), Encoding.Latin1.GetBytes("# Séquences écrites à la main\n")), SequenceOutcome.Unchanged, new ExpectedDiagnostic("KIRO006", Sequence)) { SpecUnchanged = true, AlsoAllowed = ["KIRO201"] },
            new("sequence-link-outside-root", (root, name) => { Files(root, name, Utf8(SpecTexts.Spec(name, approved: true)), Utf8(SpecTexts.UseCase("Linked Output"))); File.CreateSymbolicLink(Path.Combine(root, name, Sequence), Path.Combine(OutsideFolder(root), "victim-sequence.md")); }, SequenceOutcome.Generated),
            new(ReadOnlySequence, (root, name) => Files(root, name, Utf8(SpecTexts.Spec(name, approved: true)), Utf8(SpecTexts.UseCase("Protected")), Utf8(SpecFiles.StaleGenerated())), SequenceOutcome.Unchanged, new ExpectedDiagnostic("KIRO200", Sequence)) { SpecUnchanged = true },
            new(ReadOnlySpec, (root, name) => Files(root, name, Utf8(SpecTexts.Spec(name, approved: true)), Utf8(SpecTexts.UseCase("Protected Spec"))), SequenceOutcome.Absent, new ExpectedDiagnostic("KIRO200", Spec)) { SpecUnchanged = true },
            new(LockedSequence, (root, name) => Files(root, name, Utf8(SpecTexts.Spec(name, approved: true)), Utf8(SpecTexts.UseCase("Locked")), Utf8(HandWritten(name))), SequenceOutcome.Unchanged, new ExpectedDiagnostic("KIRO200", Sequence))
            {
                SpecUnchanged = true,
                SecondDiagnostics = [new("KIRO006", Sequence)],
            },
            new(LockedSpec, (root, name) => Files(root, name, Utf8(SpecTexts.Spec(name, approved: true)), Utf8(SpecTexts.UseCase("Locked Spec"))), SequenceOutcome.Absent, new ExpectedDiagnostic("KIRO200", Spec))
            {
                SecondDiagnostics = [],
                SecondSequence = SequenceOutcome.Generated,
            },

            // ----- feature folder names and links -----
            Plain("with spaces and 'quotes'"),
            Plain("ünïcødé-機能-🚀"),
            Plain(".leading-dot"),
            Plain("semi;colon"),
            Plain("percent%3Bescaped"),
            Plain("dollar$(Configuration)@(Compile)"),
            Plain("-dash-first"),
            Plain("star*and?question[1]"),
            Plain("new\nline\ttab"),
            Plain(new string('L', 200) + "-long-name"),
            new("link-inside-root", (root, name) => Directory.CreateSymbolicLink(Path.Combine(root, name), Path.Combine(root, "-dash-first")), SequenceOutcome.Generated),
            new(EscapingLink, (root, name) => Directory.CreateSymbolicLink(Path.Combine(root, name), OutsideFolder(root)), SequenceOutcome.Absent, new ExpectedDiagnostic("KIRO202", string.Empty)),
            new("link-to-spec-root", (root, name) => Directory.CreateSymbolicLink(Path.Combine(root, name), root), SequenceOutcome.Absent, new ExpectedDiagnostic("KIRO202", string.Empty)),
            new("link-dangling", (root, name) => Directory.CreateSymbolicLink(Path.Combine(root, name), Path.Combine(Path.GetTempPath(), "kirospecs-does-not-exist-" + Guid.NewGuid().ToString("N"))), SequenceOutcome.Absent) { AlsoAllowed = ["KIRO202"] },
        };

        return cases;
    }

    /// <summary>The folder outside the spec root (next to the consumer project's root) that <see cref="EscapingLink"/> points to.</summary>
    public static string OutsideFolder(string specRoot) => Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(specRoot)!)!)!, Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(specRoot)!)!) + "-outside");

    /// <summary>Fills the outside folder with an approved feature that would be generated if the link were followed.</summary>
    public static void WriteOutsideFolder(string specRoot)
    {
        var outside = OutsideFolder(specRoot);
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, Spec), SpecTexts.Spec("outside", approved: true));
        File.WriteAllText(Path.Combine(outside, UseCase), SpecTexts.UseCase("Outside"));

        // The target of a feature's sequence.md link: "ours, unmodified, stale", so a build that
        // followed the link would rewrite it.
        File.WriteAllText(Path.Combine(outside, "victim-sequence.md"), SpecFiles.StaleGenerated());
    }

    private static BadInput SpecCase(string name, byte[] spec, int line = -1, int column = -1) =>
        new(name, (root, n) => Files(root, n, spec, Utf8(SpecTexts.UseCase())), SequenceOutcome.Absent, new ExpectedDiagnostic("KIRO004", Spec, line, column)) { SpecUnchanged = true };

    private static BadInput SpecCase(string name, byte[] spec, string code) =>
        new(name, (root, n) => Files(root, n, spec, Utf8(SpecTexts.UseCase())), SequenceOutcome.Absent, new ExpectedDiagnostic(code, Spec)) { SpecUnchanged = true, AlsoAllowed = ["KIRO004"] };

    private static BadInput UseCaseCase(string name, byte[] useCase, SequenceOutcome sequence, params ExpectedDiagnostic[] diagnostics) =>
        new(name, (root, n) => Files(root, n, Utf8(SpecTexts.Spec(n, approved: true)), useCase), sequence, diagnostics);

    private static BadInput Plain(string name) =>
        new(name, (root, n) => Files(root, n, Utf8(SpecTexts.Spec("plain", approved: true)), Utf8(SpecTexts.UseCase("Folder " + n.ReplaceLineEndings(" ")))), SequenceOutcome.Generated);

    /// <summary>A named pipe with no writer: opening it for reading would block forever.</summary>
    private static void MakeFifo(string path)
    {
        var (exit, output) = ProcessRunner.Run("mkfifo", Path.GetDirectoryName(path)!, [path]);
        if (exit != 0)
        {
            throw new InvalidOperationException("mkfifo failed: " + output);
        }
    }

    private static void Files(string root, string name, byte[]? spec, byte[]? useCase, byte[]? sequence = null)
    {
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        if (spec is not null)
        {
            File.WriteAllBytes(Path.Combine(folder, Spec), spec);
        }

        if (useCase is not null)
        {
            File.WriteAllBytes(Path.Combine(folder, UseCase), useCase);
        }

        if (sequence is not null)
        {
            File.WriteAllBytes(Path.Combine(folder, Sequence), sequence);
        }
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    private static byte[] Bytes(byte[] a, byte[] b) => a.Concat(b).ToArray();

    private static byte[] RandomBytes(int count, int seed)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static string Repeat(string text, int atLeastBytes)
    {
        var sb = new StringBuilder(atLeastBytes + text.Length);
        while (sb.Length < atLeastBytes)
        {
            sb.Append(text);
        }

        return sb.ToString();
    }

    private static string MixLineEndings(string text)
    {
        var lines = text.Split('\n');
        var endings = new[] { "\r\n", "\n", "\r", "\n\r" };
        var sb = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            sb.Append(lines[i]).Append(endings[i % endings.Length]);
        }

        return sb.ToString();
    }

    private static string ManySteps(int count)
    {
        var sb = new StringBuilder("# Use Case Document: Ten Thousand Steps\n\n## Use Cases\n\n### UC-1: Long Batch\n\n#### Actors\n- Primary: Operator\n\n#### Basic Flow (Happy Path)\n");
        for (var i = 1; i <= count; i++)
        {
            sb.Append(i).Append(i % 3 == 0 ? ". System records batch item " : i % 3 == 1 ? ". Operator scans item " : ". System stores item ").Append(i).Append(" in the database\n");
        }

        sb.Append("\n#### Exception Flows\n##### EF-1.1: Scanner jam\n- At step 9999, if the scanner jams\n- System shows \"Jammed\" to the Operator\n- Flow terminates\n");
        return sb.ToString();
    }

    /// <summary>An alternative flow at every step that ends the use case: each nests the rest of the flow one level deeper.</summary>
    private static string ChainedAlternatives(int count)
    {
        var sb = new StringBuilder("# Use Case Document: Chained\n\n### UC-1: Checklist\n\n#### Actors\n- Primary: Inspector\n\n#### Basic Flow\n");
        for (var i = 1; i <= count; i++)
        {
            sb.Append(i).Append(". Inspector checks item ").Append(i).Append(" with the System\n");
        }

        sb.Append("\n#### Alternative Flows\n");
        for (var i = 1; i <= count; i++)
        {
            sb.Append("##### AF-1.").Append(i).Append(": Item ").Append(i).Append(" fails\n- At step ").Append(i).Append(", if item ").Append(i).Append(" fails\n- System shows an error to the Inspector\n- Flow terminates\n\n");
        }

        return sb.ToString();
    }

    private static string CommentedSpec => """
        // Written by hand, with comments.
        {
          /* the feature */
          "feature_name": "spec-comments-trailing-commas",
          "phase": "usecase-defined", // moves on when generated
          "approvals": {
            "usecase": { "generated": true, "approved": true, },
          },
        }
        // end

        """;

    private static string DeepNesting =>
        "# Use Case Document: Deep\n\n## Use Cases\n\n### UC-1: Deep Structures\n\n#### Actors\n- Primary: Customer\n\n#### Basic Flow (Happy Path)\n"
        + "1. Customer opens the page\n"
        + "2. " + string.Concat(Enumerable.Repeat("- ", 5000)) + "deep list item\n"
        + "3. " + new string('>', 5000) + " deep quote\n"
        + "4. Customer sends " + new string('[', 5000) + "brackets" + new string(']', 5000) + " to the System\n"
        + "5. System shows " + new string('*', 5000) + "stars" + new string('*', 5000) + " to the Customer\n"
        + "6. System shows " + new string('`', 3000) + " ticks to the Customer\n"
        + "7. System shows " + string.Concat(Enumerable.Repeat("<div>", 2000)) + " tags to the Customer\n"
        + "8. System shows " + string.Concat(Enumerable.Repeat("![a](", 2000)) + " images to the Customer\n"
        + string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', i * 2) + "- nested level " + i + "\n"))
        + "9. System confirms the order\n"
        + string.Concat(Enumerable.Range(0, 200).Select(i => new string('>', i) + " #### Alternative Flows\n"))
        + "\n#### Alternative Flows\n##### AF-1.1: " + new string('(', 3000) + "\n- At step 2, if " + string.Concat(Enumerable.Repeat("- ", 2000)) + "\n- Flow terminates\n";

    private static string MermaidHostile => """
        # Use Case Document: Hostile; #1 %% end --> <b>x</b> ```

        ## Use Cases

        ### UC-1: Pay; retry #42 %%{init: {"theme":"dark"}}%% end

        #### Actors
        - Primary: C# Client; "end" <script>alert(1)</script>
        - Secondary: participant end; click
        - Secondary: end
        - Secondary: %%{init: {}}%%

        #### Basic Flow (Happy Path)
        1. C# Client sends "a; b" to the System --> ->> -x --x -) end
        2. System checks %% comment and %%{init: {}}%% in the database; #35; &amp; &lt; #quot;
        3. System calls `click SYS call alert(1)` and ```mermaid fences```
        4. end
        5. alt else opt loop par and rect note over participant actor box critical break
        6. System shows <br> a<br/>b \n "quotes" 'single' {braces} [brackets] (parens) to the C# Client
        7. System sends http://x/y?a=1&b=2#frag to the Payment Gateway: ok; done;
        8. sequenceDiagram
        9. ```
        10. %%
        11. System writes ;;;;;;;; ######## %%%%%% <<<<>>>> :::: to the cache
        12. Customer → System ⇒ 🚀 ✅ café 日本語 ‮RTL‬ zero​width
        13. click SYS href "javascript:alert(1)"
        14. wrap: System shows nowrap: text to the end
        15. %%{wrap}%% System activates end
        16. System deactivates participant
        17. Note right of SYS: injected
        18. SYS->>SYS: injected; end

        #### Alternative Flows
        ##### AF-1.1: end; #x %%
        - At step 2, if the check fails; end
        - System shows "end" to the C# Client
        - Flow terminates

        ##### AF-1.2: ```
        - At step 18, if `end` --> ;
        - Resume at step 1

        #### Exception Flows
        ##### EF-1.1: click -> alt
        - At step 3, if ``` end ```
        - System logs %%{init}%% ; # to the audit log
        - Flow terminates

        ### UC-2: end

        #### Actors
        - Primary: alt

        #### Basic Flow (Happy Path)
        1. alt sends end to the System
        2. System shows loop to alt

        ### UC-1: Pay; retry #42 %%{init: {"theme":"dark"}}%% end

        #### Basic Flow
        1. Duplicate id; end

        """;

    private static string MarkdownHostile => """
        ---
        title: front matter; end
        ---
        # Use Case Document: Markdown `hostile` <!-- comment

        <div>
        ### UC-9: Inside HTML
        </div>

        ```mermaid
        sequenceDiagram
          A->>B: this fence is in the input, not a diagram
        ```

        ## Use Cases

        ### UC-1: Tables | and | pipes

        | a | b |
        |---|---|
        | 1. System | breaks |

        #### Actors
        - Primary: Customer
        - Primary: Customer

        #### Basic Flow (Happy Path)
        1. Customer opens the page
           ```
           System ignores this code
           ```
        2. System shows `# not a heading` to the Customer
        3. System shows <!-- an unclosed comment to the Customer
        4. System shows [link](javascript:alert(1)) and ![img](x.png) to the Customer
        5. System shows *emphasis* __strong__ ~~strike~~ to the Customer
        6. System shows \# escaped \| pipes \` ticks to the Customer
        7. System shows
           a multi-line
           step to the Customer
        8. System shows ---

        #### Basic Flow (Happy Path)
        1. A second basic flow

        #### Alternative Flows
        ##### AF-1.1: Nested fence
        - At step 12, if the step does not exist
        - ~~~
        - Flow terminates

        ### UC-2: Empty Flows

        #### Basic Flow (Happy Path)

        #### Alternative Flows

        #### Exception Flows
        ##### EF-2.1: Nothing
        """;

    private static string ControlCharacters =>
        "# Use Case Document: Control\0Chars\n\n## Use Cases\n\n### UC-1: Bell\a and Tab\t and Nul\0\n\n#### Actors\n- Primary: Cust\u0001omer\n\n"
        + "#### Basic Flow (Happy Path)\n1. Cust\u0001omer sends \u0000\u0008\u000B\u000C\u001B[31m to the System\n2. System shows line\u2028separator and para\u2029graph to the Cust\u0001omer\n"
        + "3. System stores \uFEFF\uFFFE\uFFFF\u200B\u200D\u202E in the database\n4. System shows 𝕌𝕟𝕚𝕔𝕠𝕕𝕖 and 👩‍👩‍👧 to the Cust\u0001omer\n";
}
