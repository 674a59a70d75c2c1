using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace KiroSpecs.Core.UseCases;

/// <summary>Reads "UC1 --> UC2" edges of a Mermaid graph (or "UC-1 → UC-2" lines) in the Use Case Dependencies section.</summary>
internal static partial class DependencyReader
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const int TimeoutMilliseconds = KiroSpecs.Core.Common.RegexTimeout.Milliseconds;
    private const string NodePattern = @"(?<node>[A-Za-z_][\w-]*)\s*[\[\(\{]+""?(?<label>[^\]\)\}]*)";
    private const string EdgePattern = @"(?<from>[A-Za-z_][\w-]*)\s*(?:[\[\(\{][^\]\)\}]*[\]\)\}]+)?\s*(?:-->|-\.->|==>|->|→|--[^-]*-->)\s*(?:\|[^|]*\|\s*)?(?<to>[A-Za-z_][\w-]*)";

#if NET
    private static readonly Regex s_node = NodeRegex();
    private static readonly Regex s_edge = EdgeRegex();

    [GeneratedRegex(NodePattern, Options, TimeoutMilliseconds)]
    private static partial Regex NodeRegex();

    [GeneratedRegex(EdgePattern, Options, TimeoutMilliseconds)]
    private static partial Regex EdgeRegex();
#else
    private static readonly Regex s_node = new(NodePattern, Options, TimeSpan.FromMilliseconds(TimeoutMilliseconds));
    private static readonly Regex s_edge = new(EdgePattern, Options, TimeSpan.FromMilliseconds(TimeoutMilliseconds));
#endif

    public static void Read(SectionBuffer section, DependencyList dependencies)
    {
        foreach (var entry in section.Content)
        {
            if (entry.Text.Length > 100_000)
            {
                continue;
            }

            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Match node in s_node.Matches(entry.Text))
            {
                var id = TextPatterns.SafeMatch(TextPatterns.UseCaseReference, node.Groups["label"].Value);
                if (id is not null && !names.ContainsKey(node.Groups["node"].Value))
                {
                    names.Add(node.Groups["node"].Value, UseCaseAssembler.NormalizeId(id.Groups["id"].Value));
                }
            }

            foreach (var line in entry.Text.Split('\n'))
            {
                foreach (Match edge in s_edge.Matches(line))
                {
                    var from = Resolve(edge.Groups["from"].Value, names);
                    var to = Resolve(edge.Groups["to"].Value, names);
                    if (from.Length > 0 && to.Length > 0)
                    {
                        dependencies.Add(new UseCaseDependency(from, to));
                    }
                }
            }
        }
    }

    private static string Resolve(string node, Dictionary<string, string> names)
    {
        if (names.TryGetValue(node, out var id))
        {
            return id;
        }

        var match = TextPatterns.SafeMatch(TextPatterns.UseCaseReference, node);
        return match is not null && match.Length == node.Length ? UseCaseAssembler.NormalizeId(node) : string.Empty;
    }
}
