using System;
using System.Collections.Generic;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// Turns the text of one step into an <see cref="Interaction"/>: subject (the actor or component it starts
/// with, else the system), verb, and the participants it names decide call, return, self-call or note.
/// The message keeps the step's own words, minus the subject.
/// </summary>
internal static class StepInterpreter
{
    /// <summary>
    /// Interprets a step; the same step asked for again (the derived sections ask for every step several
    /// times) is answered from <see cref="UseCaseParticipants.Interpretations"/> while the participants are
    /// unchanged, so the answer is exactly what interpreting it again would give.
    /// </summary>
    public static Interaction Interpret(string text, string explicitActor, UseCaseParticipants participants)
    {
        var key = (text, explicitActor);
        var state = participants.State;
        if (participants.Interpretations.TryGetValue(key, out var known) && known.State == state)
        {
            return known.Interaction;
        }

        var interaction = InterpretUncached(text, explicitActor, participants);
        if (participants.State == state)
        {
            participants.Interpretations[key] = (state, interaction);
        }

        return interaction;
    }

    private static Interaction InterpretUncached(string text, string explicitActor, UseCaseParticipants participants)
    {
        var index = WordIndex.Build(text);
        Participant? subject = null;
        var rest = text;
        var restWord = 0;

        if (explicitActor == "@actor")
        {
            subject = participants.Initiator;
        }
        else if (explicitActor == "@system")
        {
            subject = participants.System;
        }
        else if (explicitActor.Length > 0)
        {
            subject = participants.ResolveName(explicitActor, allowNew: true);
        }

        if (subject is not null)
        {
            var again = participants.FindSubject(index);
            if (again is not null && again.Value.Participant.Alias == subject.Alias)
            {
                rest = text.Substring(Math.Min(text.Length, again.Value.CharEnd)).Trim();
                restWord = again.Value.Word + again.Value.Length;
            }
        }

        if (subject is null)
        {
            var colon = text.IndexOfAny(new[] { ':', '：' });
            if (colon > 0 && colon <= 40)
            {
                var prefixParticipant = participants.ResolveName(text.Substring(0, colon), allowNew: true);
                if (prefixParticipant is not null)
                {
                    subject = prefixParticipant;
                    rest = text.Substring(colon + 1).Trim();
                    index = WordIndex.Build(rest);
                }
            }
        }

        if (subject is null)
        {
            var named = CapitalizedSubject(text, index, participants);
            if (named is { } found)
            {
                subject = found.Participant;
                restWord = found.Words;
                rest = text.Substring(Math.Min(text.Length, index.Ends[found.Words - 1])).Trim();
            }
        }

        if (subject is null)
        {
            var match = participants.FindSubject(index);
            if (match is not null)
            {
                subject = match.Value.Participant;
                rest = text.Substring(Math.Min(text.Length, match.Value.CharEnd)).TrimStart(' ', ',', ':', '：', '-', '–').Trim();
                restWord = match.Value.Word + match.Value.Length;
                if (rest.StartsWith("が", StringComparison.Ordinal) || rest.StartsWith("は", StringComparison.Ordinal))
                {
                    rest = rest.Substring(1).Trim();
                }
            }
        }

        if (rest.Length == 0)
        {
            rest = text;
        }

        var verb = VerbAt(index, restWord);
        if (!IsVerb(verb) && !VerbVocabulary.Reads.Contains(verb))
        {
            // Japanese: the verb is the end of the sentence, not a word of its own.
            verb = VerbVocabulary.JapaneseVerbOf(rest) ?? verb;
        }
        if (subject is null)
        {
            if (LooksLikeNote(index))
            {
                return new Interaction(InteractionKind.Note, participants.System, participants.System, text);
            }

            subject = participants.System;
        }

        subject = Materialize(subject, participants);
        var mentions = participants.FindMentions(index, restWord);
        var target = FirstOther(mentions, subject, participants);
        return subject.Kind switch
        {
            ParticipantKind.System => ForSystem(rest, verb, mentions, index, participants),
            ParticipantKind.Component => ForComponent(subject, rest, verb, participants),
            _ => ForActor(subject, rest, verb, target, participants),
        };
    }

    /// <summary>
    /// "Browser displays …", "Customer inserts …", "Bank Clerk stamps …": an unlisted capitalised name
    /// (one or two words) followed by a verb is a participant — documents without an Actors section
    /// name their actors only in the steps.
    /// </summary>
    private static (Participant Participant, int Words)? CapitalizedSubject(string text, WordIndex index, UseCaseParticipants participants)
    {
        if (index.Words.Count < 3 || index.Starts[0] != 0 || !char.IsUpper(text[0]) || participants.FindSubject(index) is not null)
        {
            return null;
        }

        var first = index.Words[0];
        if (IsVerb(first) || VerbVocabulary.NoteOpeners.Contains(first) || VerbVocabulary.Adverbs.Contains(first)
            || first.EndsWith("s", StringComparison.Ordinal) && !first.EndsWith("ss", StringComparison.Ordinal))
        {
            return null;
        }

        // A second capitalised word belongs to the name ("Bank Clerk"), then the verb follows.
        var nameWords = index.Words.Count > 3 && IsCapitalizedAt(text, index, 1) && LooksLikeVerb(index.Words[2]) ? 2 : 1;
        if (!LooksLikeVerb(index.Words[nameWords]))
        {
            return null;
        }

        var participant = participants.ResolveName(text.Substring(0, index.Ends[nameWords - 1]), allowNew: true);
        return participant is null ? null : (participant, nameWords);
    }

    private static bool IsCapitalizedAt(string text, WordIndex index, int word) =>
        index.Starts[word] < text.Length && char.IsUpper(text[index.Starts[word]]);

    // A known verb, or a third-person singular form ("inserts", "stamps") that is not an auxiliary.
    private static bool LooksLikeVerb(string word) =>
        IsVerb(word)
        || (word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
            && char.IsLower(word[0]));

    private static bool IsVerb(string word) =>
        VerbVocabulary.Returns.Contains(word) || VerbVocabulary.SendLike.Contains(word) || VerbVocabulary.ActorInternal.Contains(word)
        || VerbVocabulary.PureInternal.Contains(word);

    private static Interaction ForSystem(string rest, string verb, List<ParticipantMatch> mentions, WordIndex index, UseCaseParticipants participants)
    {
        var system = participants.System;
        var initiator = participants.Initiator;
        Participant? person = null;
        Participant? service = null;
        var serviceMention = default(ParticipantMatch);
        var servicePrepositional = false;
        foreach (var mention in mentions)
        {
            var p = mention.Participant;
            if (p.Kind == ParticipantKind.System)
            {
                continue;
            }

            if (p.Kind == ParticipantKind.Actor && p.IsPerson)
            {
                person ??= p;
            }
            else if (service is null || (service.Kind == ParticipantKind.Component && p.Kind == ParticipantKind.Actor)
                || (service.Kind == ParticipantKind.Component && p.Kind == ParticipantKind.Component
                    && !participants.IsUserComponent(service)
                    && (participants.IsUserComponent(p) || (!servicePrepositional && AfterPreposition(index, mention)))))
            {
                service = Materialize(p, participants);
                serviceMention = mention;
                servicePrepositional = AfterPreposition(index, mention);
            }
        }

        if (VerbVocabulary.Returns.Contains(verb))
        {
            var to = person ?? (service is not null && service.Kind == ParticipantKind.Actor ? service : null) ?? initiator;
            return to is null
                ? new Interaction(InteractionKind.SelfCall, system, system, rest)
                : new Interaction(InteractionKind.Return, system, to, rest);
        }

        if (VerbVocabulary.SendLike.Contains(verb))
        {
            if (service is not null)
            {
                return new Interaction(InteractionKind.Call, system, service, rest, AnswerFor(verb, index, serviceMention));
            }

            var to = person ?? (VerbVocabulary.Requests.Contains(verb) ? null : initiator);
            return to is null
                ? new Interaction(InteractionKind.SelfCall, system, system, rest)
                : new Interaction(InteractionKind.Return, system, to, rest);
        }

        // A component named after a preposition ("… in the database", "… through the Payment Terminal") is
        // where the work happens, whatever the verb; one named as a modifier ("sets database status") is not.
        if (service is not null && (servicePrepositional || !VerbVocabulary.PureInternal.Contains(verb)))
        {
            return new Interaction(InteractionKind.Call, system, service, rest, AnswerFor(verb, index, serviceMention));
        }

        return new Interaction(InteractionKind.SelfCall, system, system, rest);
    }

    private static bool AfterPreposition(WordIndex index, ParticipantMatch m)
    {
        if (m.Word >= index.Words.Count)
        {
            return false;
        }

        var w = m.Word - 1;
        while (w >= 0 && VerbVocabulary.Determiners.Contains(index.Words[w]))
        {
            w--;
        }

        return w >= 0 && VerbVocabulary.Prepositions.Contains(index.Words[w]);
    }

    /// <summary>
    /// What a read, lookup or check hands back: the object of the verb ("checks the stock level in the
    /// database" → "stock level"), "… result" for a named check, "result" when the object is unclear; null
    /// when the verb implies no answer.
    /// </summary>
    private static string? AnswerFor(string verb, WordIndex index, ParticipantMatch target)
    {
        if (!VerbVocabulary.Reads.Contains(verb))
        {
            return null;
        }

        var verbWord = index.Words.IndexOf(verb);
        if (verbWord < 0)
        {
            return "result";
        }

        var start = verbWord + 1;
        var end = index.Words.Count;
        for (var i = start; i < index.Words.Count; i++)
        {
            var word = index.Words[i];
            if (i == start && (VerbVocabulary.Determiners.Contains(word) || word is "up" or "for"))
            {
                start++;
                continue;
            }

            if (i == target.Word && target.Word < index.Words.Count)
            {
                if (i == start)
                {
                    // "asks the Fraud Service for a score": the object follows the participant; "asks the
                    // controller to open the door" is an order, its answer is a step of its own.
                    start = i + target.Length;
                    if (start >= index.Words.Count || index.Words[start] is not ("for" or "about"))
                    {
                        return null;
                    }

                    while (start < index.Words.Count && (VerbVocabulary.Determiners.Contains(index.Words[start]) || index.Words[start] is "for" or "about"))
                    {
                        start++;
                    }

                    i = start - 1;
                    continue;
                }

                end = i;
                break;
            }

            if (i == start && verb == "asks")
            {
                // "asks the customer for feedback by e-mail": asking a person, not reading from the service.
                return null;
            }

            if (i > start && VerbVocabulary.Prepositions.Contains(word))
            {
                end = i;
                break;
            }
        }

        while (end > start && VerbVocabulary.Determiners.Contains(index.Words[end - 1]))
        {
            end--;
        }

        if (end <= start)
        {
            return "result";
        }

        var phrase = index.Text.Substring(index.Starts[start], index.Ends[end - 1] - index.Starts[start]);
        var last = index.Words[end - 1];
        return verb is "performs" or "runs" || last is "check" or "query" or "lookup" or "test" ? phrase + " result" : phrase;
    }

    private static Interaction ForComponent(Participant component, string rest, string verb, UseCaseParticipants participants)
    {
        if (VerbVocabulary.Returns.Contains(verb) || VerbVocabulary.SendLike.Contains(verb) || verb is "responds" or "replies")
        {
            return new Interaction(InteractionKind.Return, component, participants.System, rest);
        }

        return new Interaction(InteractionKind.SelfCall, component, component, rest);
    }

    private static Interaction ForActor(Participant actor, string rest, string verb, Participant? target, UseCaseParticipants participants)
    {
        if (target is not null && target.Kind == ParticipantKind.Actor)
        {
            return new Interaction(InteractionKind.Call, actor, target, rest);
        }

        if (!actor.IsPerson && !ReferenceEquals(actor, participants.Initiator) && (VerbVocabulary.Returns.Contains(verb) || verb is "responds" or "replies" or "confirms" or "acknowledges" or "sends"))
        {
            // "Browser displays the JSON" shows it to the person who started the flow; "Payment Terminal
            // confirms the charge" answers the system.
            var initiator = participants.Initiator;
            var to = VerbVocabulary.Displays.Contains(verb) && initiator is not null && initiator.IsPerson ? initiator : participants.System;
            return new Interaction(InteractionKind.Return, actor, to, rest);
        }

        target = null;

        if (VerbVocabulary.ActorInternal.Contains(verb) && target is null)
        {
            return new Interaction(InteractionKind.SelfCall, actor, actor, rest);
        }

        return new Interaction(InteractionKind.Call, actor, participants.System, rest);
    }

    private static Participant? FirstOther(List<ParticipantMatch> mentions, Participant subject, UseCaseParticipants participants)
    {
        foreach (var mention in mentions)
        {
            var p = mention.Participant;
            if (p.Name == subject.Name || p.Kind == ParticipantKind.System)
            {
                continue;
            }

            return Materialize(p, participants);
        }

        foreach (var mention in mentions)
        {
            if (mention.Participant.Kind == ParticipantKind.System && subject.Kind != ParticipantKind.System)
            {
                return participants.System;
            }
        }

        return null;
    }

    private static Participant Materialize(Participant participant, UseCaseParticipants participants) =>
        participant.Kind == ParticipantKind.Component ? participants.Materialize(participant) : participant;

    private static string VerbAt(WordIndex index, int from)
    {
        for (var i = from; i < index.Words.Count && i < from + 4; i++)
        {
            var word = index.Words[i];
            if (!VerbVocabulary.Adverbs.Contains(word))
            {
                return word;
            }
        }

        return string.Empty;
    }

    private static bool LooksLikeNote(WordIndex index)
    {
        if (index.Words.Count == 0)
        {
            return true;
        }

        if (VerbVocabulary.NoteOpeners.Contains(index.Words[0]))
        {
            return true;
        }

        for (var i = 1; i < Math.Min(index.Words.Count, 5); i++)
        {
            if (VerbVocabulary.Passive.Contains(index.Words[i]))
            {
                return true;
            }
        }

        return false;
    }
}
