using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using KiroSpecs.Core.Sequences;
using KiroSpecs.Testing;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Fixtures;

/// <summary>
/// Real use-case documents by other people (../shared/corpus beside the repository, each under its own
/// license), read at test time and never copied here. Per document the test asserts what a reviewer
/// checks first, recorded below as facts: how many use cases the author wrote, the steps of the first one,
/// and that every participant of every diagram is a name the document itself writes.
/// </summary>
public sealed class CorpusTests
{
    /// <summary>Folder prefix → (use cases, main-flow steps of the first use case; -1 where not recorded).</summary>
    private static readonly Dictionary<string, (int UseCases, int FirstSteps)> s_facts = new()
    {
        ["01-"] = (1, 5),
        ["02-"] = (1, 3),
        ["03-"] = (14, 7),
        ["04-"] = (1, 10),
        ["05-"] = (24, 10),
        ["06-"] = (1, 7),
        ["07-"] = (1, 7),
        ["08-"] = (8, 5),
        ["09-"] = (4, 0),
        ["10-"] = (9, -1),
        ["11-"] = (29, 4),
        ["12-"] = (31, 5),
        ["13-"] = (5, 3),
        ["14-"] = (1, 7),
        ["15-"] = (1, 8),
        ["16-"] = (12, 3),
        ["17-"] = (1, -1),
        ["18-"] = (1, -1),
        ["19-"] = (8, 4),
        ["20-"] = (0, -1),
        ["21-"] = (1, 4),
    };

    /// <summary>
    /// Folder prefix → what the interaction model must show (a pattern over its lines, and how many lines match):
    /// who sends a step, where a branch is drawn, whether a system is drawn at all.
    /// </summary>
    private static readonly Dictionary<string, (string Pattern, int Count)[]> s_modelFacts = new()
    {
        // Three people and no system anywhere in the document: no System lifeline.
        ["07-"] = new[] { (@"^  system: none named", 1), (@"-> System|System ->|System -->|System self", 0) },

        // A subject-less step between the lecturer's step and an explicit System step is the lecturer's; each
        // one-line alternative is at a step (a failed check at the validating step, a cancellation at the confirming one).
        ["19-"] = new[] { (@"^    2 Lecturer -> System: ", 2), (@"at no step", 0), (@"^  participant ""Student / Lecturer"": person", 2) },
    };

    /// <summary>Labels of use-case fields: never a participant.</summary>
    private static readonly string[] s_metadataLabels =
    {
        "Objective", "Primary Actor", "Secondary Actors", "Postconditions", "Preconditions", "Priority", "Trigger", "Use Case Name",
        "Use Case ID", "Alternative paths", "Description", "Goal", "Scope", "Level",
    };

    private static IEnumerable<string> Documents() => SharedDocuments.Folders("corpus");

    [TestCaseSource(nameof(Documents))]
    public void Document_HasTheAuthorsUseCases_Steps_AndOnlyTheAuthorsParticipants(string folder)
    {
        SharedDocuments.SkipWhenMissing(folder, "the corpus is");

        // arrange
        var name = Path.GetFileName(folder);
        var path = Path.Combine(folder, "usecase.md");
        var text = File.ReadAllText(path);
        var words = Regex.Replace(text, @"\s+", " ");
        var facts = s_facts.First(f => name.StartsWith(f.Key, System.StringComparison.Ordinal)).Value;
        var input = new SequenceGenerationInput(name, text, path, TranslationOptions.Default);

        // act
        var result = SequenceGenerator.Generate(input);
        var model = SequenceGenerator.DescribeModel(input);

        // assert
        Assert.That(result.UseCaseCount, Is.EqualTo(facts.UseCases), "use cases of " + name);
        if (facts.FirstSteps >= 0)
        {
            Assert.That(FirstUseCaseSteps(model), Is.EqualTo(facts.FirstSteps), "main-flow steps of the first use case of " + name);
        }

        foreach (var (pattern, count) in s_modelFacts.Where(f => name.StartsWith(f.Key, System.StringComparison.Ordinal)).SelectMany(f => f.Value))
        {
            Assert.That(model.Split('\n').Count(line => Regex.IsMatch(line, pattern)), Is.EqualTo(count), "model lines matching '" + pattern + "' in " + name + ":\n" + model);
        }

        foreach (var label in ParticipantLabels(result.Markdown))
        {
            Assert.That(label == "System" || words.IndexOf(label, System.StringComparison.OrdinalIgnoreCase) >= 0, Is.True, "participant '" + label + "' is not a name written in " + name);
            Assert.That(s_metadataLabels, Has.No.Member(label), "metadata label as a participant in " + name);
        }

        if (result.Markdown.IndexOf("```mermaid", System.StringComparison.Ordinal) >= 0)
        {
            var output = Path.Combine(RepoPaths.ArtifactsDir(Path.Combine("mermaid-inputs", "corpus")), name + ".md");
            File.WriteAllText(output, result.Markdown);
            MermaidChecker.AssertValid(output);
        }
    }

    private static int FirstUseCaseSteps(string model)
    {
        var lines = model.Split('\n');
        var count = 0;
        var inSteps = false;
        foreach (var line in lines.Skip(1))
        {
            if (line.StartsWith("use case ", System.StringComparison.Ordinal))
            {
                break;
            }

            if (line == "  steps:")
            {
                inSteps = true;
                continue;
            }

            if (inSteps && !line.StartsWith("    ", System.StringComparison.Ordinal))
            {
                break;
            }

            if (inSteps && Regex.IsMatch(line, @"^    \d+ "))
            {
                count++;
            }
        }

        return count;
    }

    private static IEnumerable<string> ParticipantLabels(string markdown) =>
        Regex.Matches(markdown, @"^\s+(?:actor|participant) \S+ as (.+)$", RegexOptions.Multiline)
            .Select(m => Unescape(m.Groups[1].Value.Trim()))
            .Distinct();

    private static string Unescape(string text) =>
        text.Replace("#35;", "#").Replace("#59;", ";").Replace("#lt;", "<").Replace("#gt;", ">").Replace("#37;", "%")
            .Replace("#quot;", "\"").Replace("#58;", ":").Replace("#96;", "`").Replace("#amp;", "&");
}
