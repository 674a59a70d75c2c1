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

        var last = participant.Name.Split(' ')[participant.Name.Split(' ').Length - 1];
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

        var text = step.Text.TrimStart();
        var action = interaction.Text.TrimStart();
        var head = action.Substring(0, Math.Min(action.Length, 12));
        return head.Length > 0 && !text.StartsWith(head, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True when the step cites <paramref name="participant"/>: as the sender when the step writes a subject, as
    /// anyone when its words name it.
    /// </summary>
    public static bool Cites(KiroSpecs.Core.UseCases.UseCaseStep step, Interaction interaction, Participant participant) =>
        (ReferenceEquals(participant, interaction.From) && HasSubject(step, interaction)) || Names(step.Actor + " " + step.Text, participant);
}
