using System;
using System.Linq;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// Whether a step's words name a participant. The interaction model gives every step a sender and a receiver, also
/// when the step has no subject ("Token checked and stored"); sections that cite who acts cite only what is written.
/// </summary>
internal static class ParticipantMentions
{
    /// <summary>
    /// True when <paramref name="text"/> names the participant: its name, its alias as a word ("ALB"), or "the" and
    /// the last word of its name ("sends the details to the provider" for "Insurance Provider"; not "the system").
    /// </summary>
    public static bool Names(string text, Participant participant)
    {
        if (text.IndexOf(participant.Name, StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return true;
        }

        var words = WordIndex.Tokenize(text);
        if (participant.Alias.Length >= 2 && participant.Alias != "SYS" && words.Contains(participant.Alias, StringComparer.Ordinal))
        {
            return true;
        }

        var last = participant.Name.Substring(participant.Name.LastIndexOf(' ') + 1);
        return last.Length >= 4 && !last.Equals("system", StringComparison.OrdinalIgnoreCase) && participant.Name.IndexOf(' ') > 0
            && text.IndexOf("the " + last, StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>
    /// True when the step writes who acts: an actor column, or words before the action the interaction keeps ("Actor
    /// fills out the form" for "fills out the form"); "Informa e-mail e senha" and "Token checked" write none.
    /// </summary>
    public static bool HasSubject(KiroSpecs.Core.UseCases.UseCaseStep step, Interaction interaction)
    {
        if (!string.IsNullOrEmpty(step.Actor))
        {
            return true;
        }

        var head = ActionHead(interaction);
        return head.Length > 0 && !step.Text.TrimStart().StartsWith(head, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True when the step cites <paramref name="participant"/>: as the sender when the step writes a subject, as
    /// anyone when its words name it.
    /// </summary>
    public static bool Cites(KiroSpecs.Core.UseCases.UseCaseStep step, Interaction interaction, Participant participant) =>
        (ReferenceEquals(participant, interaction.From) && HasSubject(step, interaction)) || Names(step.Actor + " " + step.Text, participant);

    /// <summary>
    /// The participant the step writes as its subject, or null when it writes none: the actor column, else the words
    /// before the action; a passive step names the one it happens to ("Moderador é notificado" is the receiver's).
    /// </summary>
    public static Participant? Subject(KiroSpecs.Core.UseCases.UseCaseStep step, Interaction interaction)
    {
        if (!HasSubject(step, interaction))
        {
            // "Se os dados forem errados, o sistema avisa": a condition first, then who acts, inside the action.
            // A receiver named there is the object ("… is submitted to the insurer"), not who acts.
            // A receiver that opens the step is its passive subject ("Manager is notified of the request").
            return Names(step.Text, interaction.From) ? interaction.From
                : step.Text.TrimStart().StartsWith(interaction.To.Name, StringComparison.OrdinalIgnoreCase) ? interaction.To : null;
        }

        var written = !string.IsNullOrEmpty(step.Actor) ? step.Actor : Before(step.Text, interaction);
        return Names(written, interaction.To) && !Names(written, interaction.From) ? interaction.To : interaction.From;
    }

    /// <summary>The words of <paramref name="text"/> before the action opens ("Actor " in "Actor fills out the form").</summary>
    private static string Before(string text, Interaction interaction)
    {
        var head = ActionHead(interaction);
        var at = head.Length == 0 ? -1 : text.IndexOf(head, StringComparison.OrdinalIgnoreCase);
        return at > 0 ? text.Substring(0, at) : text;
    }

    /// <summary>The first twelve characters of the action the interaction keeps: where the step's own words for it open.</summary>
    private static string ActionHead(Interaction interaction)
    {
        var action = interaction.Text.TrimStart();
        return action.Substring(0, Math.Min(action.Length, 12));
    }
}
