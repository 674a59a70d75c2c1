using System;
using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.Interactions;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// A use case whose precondition is what another use case of the document achieves: "Lecturer is logged in" is
/// the postcondition of "User Login" ("User is logged into the system"); "Assignment exists" is what "Create
/// Assignment" leaves behind. Read only where every word the precondition says of its subject is found in one of
/// the other use case's postconditions (with its name), or in its name where it states no postcondition, the precondition is no negation ("User is not registered") and at
/// most two use cases qualify; each pair is listed with both sentences, so the reader sees why.
/// </summary>
internal static class PreconditionDependencies
{
    /// <summary>Words that carry nothing of the state: articles, auxiliaries, prepositions, the generic
    /// parties every use case names.</summary>
    private static readonly HashSet<string> s_ignored = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "in", "into", "on",
        "onto", "to", "of", "for", "and", "or", "by", "with", "at", "as", "from", "their", "his", "her", "its", "my",
        "your", "our", "this", "that", "these", "those", "system", "user", "users", "successfully", "already", "valid",
        "least", "one", "must", "should", "can", "some", "all", "any", "it", "they", "there", "he", "she", "we", "you",
        "application", "app", "page", "screen", "available", "now", "then", "also", "still", "same",
    };

    /// <summary>A precondition that denies a state ("User is not registered") is no other use case's result.</summary>
    private static readonly HashSet<string> s_negations = new(StringComparer.Ordinal) { "not", "no", "never", "cannot", "without", "none", "nothing" };

    /// <summary>What "exists" is met by: a use case that creates, adds, stores or registers the thing.</summary>
    private static readonly string[] s_existence = { "exist", "exists", "existing" };

    private static readonly string[] s_creation = { "creat", "add", "stor", "sav", "regist", "upload", "submit", "insert", "record", "exist" };

    /// <summary>The dependency lines of the document: "UC-4 precondition 1 ("Student is logged in") is what UC-2
    /// User Login achieves: postcondition 1 ("User is logged into the system")".</summary>
    public static List<string> Find(DocumentContext context)
    {
        var lines = new List<string>();
        var useCases = context.UseCases;
        if (useCases.Count < 2 || useCases.Count > 200)
        {
            return lines;
        }

        var targets = new List<(string[] Post, string[] Name, string Cite)>[useCases.Count];
        for (var i = 0; i < useCases.Count; i++)
        {
            targets[i] = Targets(useCases[i]);
        }

        for (var i = 0; i < useCases.Count; i++)
        {
            var useCase = useCases[i];
            var actorWords = ActorWords(useCase);
            var n = 0;
            foreach (var precondition in useCase.Preconditions)
            {
                n++;
                var words = ContentWords(precondition.Text, actorWords, out var negated);
                if (negated || words.Count == 0 || words.Count > 5 || words.All(w => IsAny(w, s_existence)))
                {
                    continue;
                }

                var matches = new List<string>();
                for (var j = 0; j < useCases.Count; j++)
                {
                    if (j != i && Cite(words, useCases[j], targets[j]) is { } cite)
                    {
                        matches.Add(TimingRenderer.UseCaseRef(useCases[j], j) + (useCases[j].Id.Length > 0 && useCases[j].Name.Length > 0 ? " " + useCases[j].Name : string.Empty) + " " + cite);
                    }
                }

                if (matches.Count is 1 or 2)
                {
                    var label = precondition.Label.Length > 0 ? precondition.Label : "precondition " + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    foreach (var match in matches)
                    {
                        lines.Add("- " + MarkdownText.Escape(TimingRenderer.UseCaseRef(useCase, i) + " " + label + " (\"" + TextClip.Clip(precondition.Text.Trim(), 120) + "\") is what " + match));
                    }
                }
            }
        }

        return lines;
    }

    private static List<(string[] Post, string[] Name, string Cite)> Targets(UseCase useCase)
    {
        var result = new List<(string[] Post, string[] Name, string Cite)>();
        var name = Words.Split(useCase.Name);
        var n = 0;
        foreach (var post in useCase.Postconditions)
        {
            n++;
            result.Add((Words.Split(post.Text), name, "achieves: postcondition " + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (\"" + TextClip.Clip(post.Text.Trim(), 120) + "\")"));
        }

        // A use case that states what it leaves behind is read by that alone: "Request instructor role" with the
        // postcondition "the request awaits review" does not give the role.
        if (useCase.Name.Length > 0 && useCase.Postconditions.Count == 0)
        {
            result.Add((Array.Empty<string>(), name, "achieves, by its name"));
        }

        return result;
    }

    /// <summary>How <paramref name="useCase"/> meets every word: by one postcondition (with its name's words), or
    /// by its name alone; null when it does not.</summary>
    private static string? Cite(List<string> words, UseCase useCase, List<(string[] Post, string[] Name, string Cite)> targets)
    {
        foreach (var (post, name, cite) in targets)
        {
            if (words.All(w => IsAny(w, s_existence) ? post.Concat(name).Any(t => IsAny(t, s_creation)) : post.Any(t => Same(w, t)) || name.Any(t => Same(w, t)))
                && (post.Length == 0 || SaidByPostcondition(words, post)))
            {
                // The name alone meets it only where the name says it all: a postcondition that meets it is cited first.
                return post.Length == 0 && !words.All(w => IsAny(w, s_existence) || name.Any(t => Same(w, t))) ? null : cite;
            }
        }

        return null;
    }

    /// <summary>A postcondition is cited only where it says at least half of what the precondition names itself:
    /// "Request instructor role" leaving "the request awaits review" gives no role, though its name has the words.</summary>
    private static bool SaidByPostcondition(List<string> words, string[] post)
    {
        var named = words.Where(w => !IsAny(w, s_existence)).ToList();
        var said = named.Count(w => post.Any(t => Same(w, t)));
        return named.Count == 0 || (said > 0 && said * 2 >= named.Count);
    }

    private static HashSet<string> ActorWords(UseCase useCase)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in useCase.Actors)
        {
            foreach (var w in Words.Split(actor.Name))
            {
                set.Add(w);
            }
        }

        return set;
    }

    /// <summary>The words that say the state, "logged in" and its kin read as one word "login".</summary>
    private static List<string> ContentWords(string text, HashSet<string> actorWords, out bool negated)
    {
        negated = false;
        var all = Words.Of(text);
        var result = new List<string>();
        for (var k = 0; k < all.Count; k++)
        {
            var w = all[k];
            if (s_negations.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal))
            {
                negated = true;
                return result;
            }

            if (k == 0 && actorWords.Contains(w))
            {
                continue;
            }

            if (!s_ignored.Contains(w) && !actorWords.Contains(w) && !result.Contains(w))
            {
                result.Add(w);
            }
        }

        return result;
    }

    private static bool IsAny(string word, string[] stems) => stems.Any(s => word.StartsWith(s, StringComparison.Ordinal));

    /// <summary>One word in two forms: equal, both forms of logging in, or a shared beginning of at least five
    /// letters that covers all but the last two letters of the shorter ("registered", "registration").</summary>
    private static bool Same(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (IsLogin(a) && IsLogin(b))
        {
            return true;
        }

        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common])
        {
            common++;
        }

        return common >= 5 && common >= Math.Min(a.Length, b.Length) - 3;
    }

    private static bool IsLogin(string w) => w is "login" or "logged" or "logon" or "signin" or "signed" or "authenticated" or "authenticate" or "authentication";
}
