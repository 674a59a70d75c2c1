using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.Sequences;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Interactions;

/// <summary>
/// The people the use cases of a document declare, by the first word of their name: a step of one use case that
/// names a person another use case declares ("sends the customer the e-mail") speaks of that person. Looked up by
/// the words of each use case's steps, a few names per word, so a document of thousands of use cases stays linear.
/// </summary>
internal sealed class PeopleOfTheDocument
{
    private const int MaxNamesPerWord = 4;

    private readonly Dictionary<string, List<(string[] Words, UseCaseActor Actor)>> _byFirstWord = new(System.StringComparer.Ordinal);

    private PeopleOfTheDocument()
    {
    }

    public static PeopleOfTheDocument Of(IReadOnlyList<UseCase> useCases)
    {
        var people = new PeopleOfTheDocument();
        var seen = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var actor in useCases.SelectMany(u => u.Actors))
        {
            var words = Words.Split(actor.Name);
            if (words.Length == 0 || words.Length > 4 || !seen.Add(actor.Name) || !ActorKinds.IsPerson(actor.Name, actor.Description, null))
            {
                continue;
            }

            if (!people._byFirstWord.TryGetValue(words[0], out var list))
            {
                people._byFirstWord.Add(words[0], list = new List<(string[], UseCaseActor)>());
            }

            if (list.Count < MaxNamesPerWord)
            {
                list.Add((words, actor));
            }
        }

        return people;
    }

    /// <summary>The declared people whose every name word is one of <paramref name="stepWords"/>.</summary>
    public IEnumerable<UseCaseActor> NamedIn(HashSet<string> stepWords)
    {
        if (_byFirstWord.Count == 0)
        {
            yield break;
        }

        foreach (var word in stepWords)
        {
            if (_byFirstWord.TryGetValue(word, out var list))
            {
                foreach (var (words, actor) in list)
                {
                    if (words.All(stepWords.Contains))
                    {
                        yield return actor;
                    }
                }
            }
        }
    }
}
