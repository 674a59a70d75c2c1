using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// Reads include/extend relations wherever the author wrote them: a UML use-case diagram line
/// ("C006 ..> C005 : &lt;&lt;include&gt;&gt;") or prose with the stereotype between two ids ("UC-3 «extend» UC-1").
/// </summary>
internal static partial class RelationReader
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture;
    private const int TimeoutMilliseconds = KiroSpecs.Core.Common.RegexTimeout.Milliseconds;
    private const string Stereotype = @"(?:<<|«|&lt;&lt;)\s*(?<kind>include|extend|includes|extends|uses)\s*(?:>>|»|&gt;&gt;)";
    private const string DiagramPattern = @"(?<from>[A-Za-z][\w-]*)\s*(?:\.+>|-+>|<\.+|<-+|\.+|-+)\s*(?<to>[A-Za-z][\w-]*)\s*:\s*" + Stereotype;
    private const string ProsePattern = @"(?<from>[A-Za-z][\w-]*)\s*" + Stereotype + @"\s*(?<to>[A-Za-z][\w-]*)";

#if NET
    private static readonly Regex s_diagram = DiagramRegex();
    private static readonly Regex s_prose = ProseRegex();

    [GeneratedRegex(DiagramPattern, Options, TimeoutMilliseconds)]
    private static partial Regex DiagramRegex();

    [GeneratedRegex(ProsePattern, Options, TimeoutMilliseconds)]
    private static partial Regex ProseRegex();
#else
    private static readonly Regex s_diagram = new(DiagramPattern, Options, TimeSpan.FromMilliseconds(TimeoutMilliseconds));
    private static readonly Regex s_prose = new(ProsePattern, Options, TimeSpan.FromMilliseconds(TimeoutMilliseconds));
#endif

    /// <summary>Adds the relations written in <paramref name="text"/> (one or more lines), without duplicates.</summary>
    public static void Read(string text, DependencyList relations)
    {
        if (text.Length > 100_000 || (text.IndexOf("include", StringComparison.OrdinalIgnoreCase) < 0
            && text.IndexOf("extend", StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf("uses", StringComparison.OrdinalIgnoreCase) < 0))
        {
            return;
        }

        foreach (var line in text.Split('\n'))
        {
            var match = TextPatterns.SafeMatch(s_diagram, line) ?? TextPatterns.SafeMatch(s_prose, line);
            if (match is null)
            {
                continue;
            }

            var from = match.Groups["from"].Value;
            var to = match.Groups["to"].Value;
            var arrow = line.Substring(match.Groups["from"].Index + from.Length, match.Groups["to"].Index - match.Groups["from"].Index - from.Length);
            if (arrow.IndexOf('<') >= 0)
            {
                (from, to) = (to, from);
            }

            var kind = match.Groups["kind"].Value.ToLowerInvariant().TrimEnd('s');
            var relation = new UseCaseDependency(UseCaseAssembler.NormalizeId(from), UseCaseAssembler.NormalizeId(to), kind == "use" ? "uses" : kind);
            relations.Add(relation);
        }
    }
}
