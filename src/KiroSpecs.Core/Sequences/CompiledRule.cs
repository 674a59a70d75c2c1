using System.Collections.Generic;

namespace KiroSpecs.Core.Sequences;

/// <summary>One vocabulary rule with its keywords split into words (ASCII) or kept whole (other scripts, matched as substrings).</summary>
internal sealed class CompiledRule
{
    private CompiledRule(ParticipantRule rule, bool isBuiltIn, List<string[]> phrases, List<string> substrings)
    {
        Rule = rule;
        IsBuiltIn = isBuiltIn;
        Phrases = phrases;
        Substrings = substrings;
    }

    private string[]? _nameWords;

    public ParticipantRule Rule { get; }

    public bool IsBuiltIn { get; }

    public List<string[]> Phrases { get; }

    public List<string> Substrings { get; }

    /// <summary>True when the phrase is the rule's own name ("Payment Gateway"), not a verb-like keyword.</summary>
    public bool IsNamePhrase(string[] phrase)
    {
        var name = _nameWords ??= WordIndex.Tokenize(Rule.Name);
        if (name.Length != phrase.Length)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (!string.Equals(name[i], phrase[i], System.StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public static CompiledRule From(ParticipantRule rule, bool isBuiltIn)
    {
        var phrases = new List<string[]>();
        var substrings = new List<string>();
        var keywords = new List<string>(rule.Keywords.Count + 1) { rule.Name };
        foreach (var k in rule.Keywords)
        {
            if (!string.IsNullOrWhiteSpace(k))
            {
                keywords.Add(k.Trim());
            }
        }

        foreach (var keyword in keywords)
        {
            if (IsAscii(keyword))
            {
                var words = WordIndex.Tokenize(keyword);
                if (words.Length > 0)
                {
                    if (keyword.EndsWith("*", System.StringComparison.Ordinal))
                    {
                        words[words.Length - 1] += "*";
                    }

                    phrases.Add(words);
                }
            }
            else
            {
                substrings.Add(keyword);
            }
        }

        phrases.Sort((a, b) => b.Length.CompareTo(a.Length));
        return new CompiledRule(rule, isBuiltIn, phrases, substrings);
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > 127)
            {
                return false;
            }
        }

        return true;
    }
}
