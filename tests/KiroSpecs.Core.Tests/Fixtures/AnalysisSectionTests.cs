using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using KiroSpecs.Core.Sequences;
using KiroSpecs.Core.UseCases;
using KiroSpecs.Testing;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Fixtures;

/// <summary>
/// The analysis sections of sequence.md against documents nobody on this project wrote (../shared/corpus and
/// ../shared/fixtures, read at test time): every duration a use case states is quoted under Timing Constraints,
/// no person and no name the document does not write is listed as an external service, and a document that
/// writes include/extend relations or "see UC-n" does not say it has no dependencies.
/// </summary>
public sealed class AnalysisSectionTests
{
    /// <summary>A number and a time unit, as a reviewer would spot them (written apart from the generator's finder).</summary>
    private static readonly Regex s_duration = new(
        @"(?<![\w.:/-])\d+(?:[.,]\d+)?(?:\s|-)?(?:(?:ms|milliseconds?|seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|segundos?|minutos?|horas?|dias?|días?|semanas?)(?![\w])|(?:ミリ秒|秒|分|時間|日間|초|분|시간))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex s_relation = new(
        @"<<\s*(?:include|extend)\s*>>|«\s*(?:include|extend)\s*»|\b(?:includes?|extends?|see|ver|veja)\s+UC[-_ ]?\d+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Words that make a name a person, in the corpus's languages.</summary>
    private static readonly string[] s_personWords =
    {
        "user", "student", "students", "customer", "engineer", "patient", "doctor", "receptionist", "teacher", "admin", "administrator",
        "manager", "ceo", "aluno", "professor", "instrutor", "moderador", "administrador", "usuário", "estudante", "職員", "顧客", "管理者",
        "사용자", "운동자",
    };

    private static string Root(string name) => SharedDocuments.Root(name);

    private static IEnumerable<string> Documents()
    {
        var folders = new List<string>();
        foreach (var root in new[] { Root("corpus"), Root("fixtures") })
        {
            if (Directory.Exists(root))
            {
                folders.AddRange(Directory.GetDirectories(root).Where(d => File.Exists(Path.Combine(d, "usecase.md"))).OrderBy(d => d, System.StringComparer.Ordinal));
            }
        }

        return folders.Count > 0 ? folders : new[] { Root("corpus") };
    }

    private static (string Text, string Markdown, UseCaseDocument Document) Generate(string folder)
    {
        SharedDocuments.SkipWhenMissing(folder, "the corpus and fixtures are");

        var path = Path.Combine(folder, "usecase.md");
        var text = File.ReadAllText(path);
        var markdown = SequenceGenerator.Generate(new SequenceGenerationInput(Path.GetFileName(folder), text, path, TranslationOptions.Default)).Markdown;
        return (text, markdown, UseCaseParser.Parse(text, path));
    }

    private static string Section(string markdown, string heading) => Part(markdown, "\n## ", heading);

    private static string Subsection(string section, string heading) => Part(section, "\n### ", heading);

    /// <summary>From the heading "<paramref name="marker"/><paramref name="heading"/>" to the next heading of its level.</summary>
    private static string Part(string text, string marker, string heading)
    {
        var start = text.IndexOf(marker + heading + "\n", System.StringComparison.Ordinal);
        if (start < 0)
        {
            return string.Empty;
        }

        var end = text.IndexOf(marker, start + marker.Length, System.StringComparison.Ordinal);
        return text.Substring(start, (end < 0 ? text.Length : end) - start);
    }

    /// <summary>The lines of usecase.md that belong to its use cases: from each one's position to the next one's (the last to the next heading of its level or above).</summary>
    private static IEnumerable<string> UseCaseLines(string text, UseCaseDocument document)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var starts = document.UseCases.Select(u => u.Position.Line).Where(l => l > 0).Distinct().OrderBy(l => l).ToList();
        for (var k = 0; k < starts.Count; k++)
        {
            var from = starts[k] - 1;
            int to;
            if (k + 1 < starts.Count)
            {
                to = starts[k + 1] - 1;
            }
            else
            {
                var level = Regex.Match(lines[from], "^#+").Length;
                to = from + 1;
                while (to < lines.Length && !(level > 0 && Regex.IsMatch(lines[to], "^#{1," + level + "} ")) && !(level == 0 && lines[to].StartsWith("## ", System.StringComparison.Ordinal)))
                {
                    to++;
                }
            }

            for (var i = from; i < to && i < lines.Length; i++)
            {
                yield return lines[i];
            }
        }
    }

    [TestCaseSource(nameof(Documents))]
    public void EveryDurationAUseCaseStates_IsQuotedUnderTimingConstraints(string folder)
    {
        // arrange
        var (text, markdown, document) = Generate(folder);
        var durations = UseCaseLines(text, document).SelectMany(l => s_duration.Matches(l).Cast<Match>().Select(m => m.Value)).Distinct().ToList();

        // act
        var timing = Section(markdown, "Timing Constraints").Replace("\\", string.Empty);

        // assert
        foreach (var duration in durations)
        {
            Assert.That(timing, Does.Contain(duration), Path.GetFileName(folder) + ": '" + duration + "' is stated in a use case but not under Timing Constraints");
        }
    }

    [TestCaseSource(nameof(Documents))]
    public void ExternalServices_AreNamesTheDocumentWrites_NeverPersons(string folder)
    {
        // arrange
        var (text, markdown, _) = Generate(folder);
        var words = Regex.Replace(text, @"\s+", " ");

        // act
        var services = Regex.Matches(Subsection(Section(markdown, "Integration Points"), "External Services"), @"^- \*\*(.+?)\*\*", RegexOptions.Multiline)
            .Cast<Match>().Select(m => m.Groups[1].Value.Replace("\\", string.Empty)).ToList();

        // assert
        foreach (var name in services)
        {
            Assert.That(words.IndexOf(name, System.StringComparison.OrdinalIgnoreCase), Is.GreaterThanOrEqualTo(0), "'" + name + "' is not a name written in " + Path.GetFileName(folder));
            Assert.That(name.Split(' ').Select(w => w.ToLowerInvariant()), Has.No.AnyOf(s_personWords), "person '" + name + "' listed as an external service in " + Path.GetFileName(folder));
            Assert.That(name, Is.Not.EqualTo("System"), "the system under design listed as an external service");
        }
    }

    [TestCaseSource(nameof(Documents))]
    public void ADocumentWithUseCaseRelations_DoesNotSayItHasNone(string folder)
    {
        // arrange
        var (text, markdown, _) = Generate(folder);
        if (markdown.Length == 0 || !s_relation.IsMatch(text))
        {
            Assert.Pass("no use case, or no include/extend/see relation written in " + Path.GetFileName(folder));
        }

        // act
        var dependencies = Subsection(Section(markdown, "Integration Points"), "Use Case Dependencies");

        // assert
        Assert.That(dependencies, Does.Not.Contain("None specified"), Path.GetFileName(folder) + " writes relations between use cases");
        Assert.That(dependencies, Does.Contain("- "));
    }
}
