using System;
using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>"## Integration Points": external services and components used, events published, use-case dependencies.</summary>
internal static class IntegrationRenderer
{
    public static void Render(MarkdownBuilder md, DocumentContext context)
    {
        var services = new List<(string Name, string Alias, List<string> Uses)>();
        var events = new List<string>();
        var dependencies = new List<string>();
        for (var i = 0; i < context.UseCases.Count; i++)
        {
            var useCase = context.UseCases[i];
            var participants = context.Participants[i];
            var prefix = TimingRenderer.UseCaseRef(useCase, i);
            foreach (var actor in participants.Actors.Where(a => !a.IsPerson))
            {
                Use(services, actor, prefix + (ReferenceEquals(actor, participants.Initiator) ? " (primary actor)" : " (secondary actor)"));
            }

            foreach (var (reference, step, interaction) in context.InteractionsOf(i))
            {
                foreach (var p in new[] { interaction.From, interaction.To })
                {
                    if (p.Kind == ParticipantKind.Component)
                    {
                        Use(services, p, prefix + " " + reference);
                    }
                }

                if ((interaction.To.Name == "Message Queue" || interaction.From.Name == "Message Queue") || Keywords.Any(step.Text, new[] { "=publishes", "=publish", "=emits", "=event", "=events" }))
                {
                    var line = "- " + MarkdownText.Escape(prefix + " " + reference + ": " + step.Text);
                    if (!events.Contains(line))
                    {
                        events.Add(line);
                    }
                }
            }

            foreach (var item in context.SourceItemsOf(i).Where(s => s.Kind == SourceItemKind.Step))
            {
                var match = UseCaseReferences.Find(item.Text);
                foreach (var id in match)
                {
                    if (!string.Equals(id, useCase.Id, StringComparison.OrdinalIgnoreCase))
                    {
                        dependencies.Add("- " + MarkdownText.Escape(prefix + " " + item.Reference + " refers to " + id + ": " + item.Text));
                    }
                }
            }
        }

        foreach (var dependency in context.Document.Dependencies)
        {
            dependencies.Add("- " + MarkdownText.Escape(dependency.From + " → " + dependency.To + " (Use Case Dependencies in usecase.md)"));
        }

        md.Heading(2, "Integration Points");
        md.Heading(3, "External Services");
        var lines = services.Select(s => "- **" + MarkdownText.Escape(s.Name) + "** (" + s.Alias + "): " + MarkdownText.Escape(string.Join(", ", s.Uses))).ToList();
        TimingRenderer.Lines(md, lines, "None named in usecase.md.");
        md.Heading(3, "Message Queue Events");
        TimingRenderer.Lines(md, events, "None specified in usecase.md.");
        md.Heading(3, "Use Case Dependencies");
        TimingRenderer.Lines(md, dependencies.Distinct().ToList(), "None specified in usecase.md.");
    }

    private static void Use(List<(string Name, string Alias, List<string> Uses)> services, Participant participant, string use)
    {
        foreach (var service in services)
        {
            if (string.Equals(service.Alias, participant.Alias, StringComparison.Ordinal))
            {
                if (!service.Uses.Contains(use))
                {
                    service.Uses.Add(use);
                }

                return;
            }
        }

        services.Add((participant.Name, participant.Alias, new List<string> { use }));
    }
}
