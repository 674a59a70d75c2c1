using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace KiroSpecs.Benchmarks;

/// <summary>
/// Writes a deterministic corpus of realistic feature folders (spec.json + usecase.md) for invented
/// domains: several use cases per feature, about eight basic-flow steps each, alternative and
/// exception flows, data elements and business rules, and steps that name databases, caches,
/// queues, e-mail, payments and storage so the diagrams have several participants. The same seed
/// gives the same bytes on every machine.
/// </summary>
public static class SpecCorpus
{
    private sealed record Domain(string Slug, string Title, string Description, string Primary, string Secondary, string[] Entities);

    private static readonly Domain[] s_domains =
    {
        new("greenhouse", "Greenhouse Irrigation", "Growers plan watering cycles for greenhouse benches; sensors report soil moisture.", "Grower", "Technician", new[] { "watering plan", "bench", "moisture reading", "valve schedule", "nutrient mix" }),
        new("ferry", "Ferry Ticketing", "Passengers book crossings on the island ferries; the harbour office manages sailings.", "Passenger", "Harbour Clerk", new[] { "crossing", "ticket", "vehicle slot", "sailing", "cabin" }),
        new("brewery", "Brewery Batches", "Brewers track mash, fermentation and packaging of each batch.", "Brewer", "Quality Inspector", new[] { "batch", "fermenter", "hop addition", "gravity reading", "keg" }),
        new("observatory", "Observatory Time", "Astronomers request telescope time; the night operator runs the schedule.", "Astronomer", "Night Operator", new[] { "observation request", "telescope slot", "target list", "exposure", "calibration frame" }),
        new("bikeshare", "Bike Share Docks", "Riders unlock bikes at docks across the city and return them anywhere.", "Rider", "Fleet Mechanic", new[] { "bike", "dock", "ride", "day pass", "repair ticket" }),
        new("vetclinic", "Veterinary Visits", "Pet owners book visits; vets record treatments and prescriptions.", "Pet Owner", "Veterinarian", new[] { "appointment", "patient record", "vaccination", "prescription", "invoice" }),
        new("museum", "Museum Audio Guide", "Visitors rent audio guides and follow tours through the galleries.", "Visitor", "Gallery Attendant", new[] { "audio guide", "tour", "gallery stop", "rental", "language pack" }),
        new("allotment", "Allotment Plots", "Gardeners rent allotment plots and share tools from the shed.", "Gardener", "Plot Warden", new[] { "plot", "tenancy", "tool loan", "waiting list entry", "water meter" }),
        new("kiln", "Pottery Kiln Booking", "Potters book shelf space in the studio kilns for bisque and glaze firings.", "Potter", "Studio Manager", new[] { "firing", "kiln shelf", "glaze order", "cone chart", "membership" }),
        new("apiary", "Apiary Hive Log", "Beekeepers record hive inspections, treatments and honey harvests.", "Beekeeper", "Apiary Inspector", new[] { "hive", "inspection", "queen record", "harvest", "treatment" }),
        new("lostfound", "Tram Lost and Found", "Tram staff log found items and owners claim them at the depot.", "Owner", "Depot Clerk", new[] { "found item", "claim", "tram line", "storage shelf", "handover" }),
        new("seedlib", "Seed Library", "Members borrow seed packets and return seeds saved from their harvest.", "Member", "Seed Curator", new[] { "seed packet", "variety", "germination test", "return batch", "catalogue entry" }),
        new("climbing", "Climbing Gym Passes", "Climbers buy passes and book belay courses at the gym.", "Climber", "Route Setter", new[] { "day pass", "belay course", "route", "waiver", "locker" }),
        new("cheesecave", "Cheese Cave Aging", "Affineurs turn and sample wheels as they age in the cave.", "Affineur", "Cellar Hand", new[] { "wheel", "aging rack", "turning log", "sample", "humidity reading" }),
        new("berth", "Harbour Berths", "Skippers rent berths in the marina by the night or the season.", "Skipper", "Harbour Master", new[] { "berth", "mooring", "shore power", "season contract", "fuel order" }),
        new("fridge", "Community Fridge", "Volunteers stock the community fridge and neighbours collect food.", "Volunteer", "Coordinator", new[] { "donation", "shelf check", "collection", "hygiene log", "pickup slot" }),
        new("glacier", "Glacier Tours", "Guests book guided glacier walks; guides check equipment and weather.", "Guest", "Mountain Guide", new[] { "tour", "crampon set", "weather check", "group", "voucher" }),
        new("luthier", "Violin Repairs", "Musicians bring instruments for repair; the luthier quotes and schedules work.", "Musician", "Luthier", new[] { "repair order", "instrument", "quote", "string set", "pickup" }),
        new("orchard", "Orchard Harvest Crews", "Crew leads plan picking rounds and record bins per row.", "Crew Lead", "Orchard Manager", new[] { "picking round", "row", "bin", "crew shift", "ripeness sample" }),
        new("choir", "Choir Rehearsals", "Singers sign up for rehearsals and borrow scores from the library.", "Singer", "Choir Director", new[] { "rehearsal", "score", "seat", "concert", "attendance record" }),
    };

    private static readonly string[] s_verbs = { "booking", "tracking", "planning", "billing", "reporting", "onboarding", "returns", "scheduling", "inventory", "feedback" };

    /// <summary>What was written: the feature folders and the bytes of their inputs.</summary>
    public sealed record Corpus(string SpecRoot, IReadOnlyList<string> Features, IReadOnlyDictionary<string, byte[]> Files, long InputBytes);

    /// <summary>Writes <paramref name="count"/> features under <paramref name="specRoot"/> (created if needed).</summary>
    public static Corpus Write(string specRoot, int count, int seed)
    {
        Directory.CreateDirectory(specRoot);
        var random = new SplitMix(seed);
        var features = new List<string>(count);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        long total = 0;
        for (var i = 0; i < count; i++)
        {
            var domain = s_domains[random.Next(s_domains.Length)];
            var verb = s_verbs[random.Next(s_verbs.Length)];
            var name = string.Create(CultureInfo.InvariantCulture, $"{domain.Slug}-{verb}-{i + 1:D4}");
            var folder = Path.Combine(specRoot, name);
            Directory.CreateDirectory(folder);
            var spec = Encoding.UTF8.GetBytes(SpecJson(name, domain, verb));
            var useCase = Encoding.UTF8.GetBytes(UseCaseMarkdown(domain, verb, random));
            var specPath = Path.Combine(folder, "spec.json");
            var useCasePath = Path.Combine(folder, "usecase.md");
            File.WriteAllBytes(specPath, spec);
            File.WriteAllBytes(useCasePath, useCase);
            files[specPath] = spec;
            files[useCasePath] = useCase;
            total += spec.Length + useCase.Length;
            features.Add(name);
        }

        return new Corpus(Path.GetFullPath(specRoot), features, files, total);
    }

    /// <summary>Puts every input back as generated and removes all other files in the feature folders (generated output, leftovers).</summary>
    public static void Reset(Corpus corpus)
    {
        foreach (var name in corpus.Features)
        {
            var folder = Path.Combine(corpus.SpecRoot, name);
            foreach (var file in Directory.GetFiles(folder))
            {
                if (!corpus.Files.ContainsKey(file))
                {
                    File.Delete(file);
                }
            }
        }

        foreach (var (path, bytes) in corpus.Files)
        {
            File.WriteAllBytes(path, bytes);
        }
    }

    private static string SpecJson(string name, Domain domain, string verb) =>
        "{\n"
        + $"  \"feature_name\": \"{name}\",\n"
        + $"  \"project_description\": \"{domain.Description} This feature covers {verb}.\",\n"
        + "  \"created_at\": \"2026-03-02T09:00:00Z\",\n"
        + "  \"updated_at\": \"2026-03-05T14:20:00Z\",\n"
        + "  \"language\": \"en\",\n"
        + "  \"phase\": \"usecase-defined\",\n"
        + "  \"data_elements_identified\": true,\n"
        + "  \"use_cases_count\": 3,\n"
        + "  \"approvals\": {\n"
        + "    \"requirements\": {\n      \"generated\": true,\n      \"approved\": true\n    },\n"
        + "    \"usecase\": {\n      \"generated\": true,\n      \"approved\": true\n    }\n"
        + "  },\n"
        + "  \"ready_for_implementation\": false\n"
        + "}\n";

    private static string UseCaseMarkdown(Domain domain, string verb, SplitMix random)
    {
        var sb = new StringBuilder(8192);
        var title = domain.Title + " " + char.ToUpperInvariant(verb[0]) + verb.Substring(1);
        sb.Append("# Use Case Document: ").Append(title).Append("\n\n");
        sb.Append("## Overview\n").Append(domain.Description).Append(" This document describes the ").Append(verb)
          .Append(" part of the system and the errors it must handle.\n\n");
        sb.Append("## Primary Actors\n");
        sb.Append("- **").Append(domain.Primary).Append("**: the person who starts most of the use cases\n");
        sb.Append("- **").Append(domain.Secondary).Append("**: staff who review and complete the work\n\n");
        sb.Append("## Use Cases\n\n");

        var useCases = 3 + random.Next(2);
        for (var uc = 1; uc <= useCases; uc++)
        {
            AppendUseCase(sb, domain, uc, random);
        }

        return sb.ToString();
    }

    private static void AppendUseCase(StringBuilder sb, Domain domain, int uc, SplitMix random)
    {
        var entity = domain.Entities[random.Next(domain.Entities.Length)];
        var other = domain.Entities[random.Next(domain.Entities.Length)];
        var action = new[] { "Create", "Update", "Cancel", "Review", "Confirm", "Transfer" }[random.Next(6)];
        var p = domain.Primary;
        var s = domain.Secondary;
        sb.Append("### UC-").Append(uc).Append(": ").Append(action).Append(" a ").Append(Capital(entity)).Append("\n\n");
        sb.Append("#### Actors\n- Primary: ").Append(p).Append("\n- Secondary: ").Append(s).Append("\n\n");
        sb.Append("#### Preconditions\n- The ").Append(p).Append(" is signed in\n- The ").Append(other).Append(" exists\n\n");

        var middle = new List<string>
        {
            $"System validates the {entity} details",
            $"System checks the {other} in the database",
            $"System reads the current {other} from the cache",
            $"System records the {entity} in the database",
            $"System publishes a {entity} changed event to the queue",
            random.Next(2) == 0 ? $"System charges the payment for the {entity}" : $"System stores the {entity} document in file storage",
            $"System sends a confirmation by email to the {p}",
            $"System logs the {entity} change in the audit log",
        };
        var steps = new List<string> { $"{p} opens the {entity} page and enters the details", $"{p} submits the {entity}" };
        var keep = 5 + random.Next(3);
        steps.AddRange(middle.GetRange(0, keep));
        steps.Add($"System shows the {entity} summary to the {p}");
        sb.Append("#### Basic Flow (Happy Path)\n");
        for (var i = 0; i < steps.Count; i++)
        {
            sb.Append(i + 1).Append(". ").Append(steps[i]).Append('\n');
        }

        sb.Append('\n');
        sb.Append("#### Alternative Flows\n\n");
        var alternatives = 1 + random.Next(2);
        for (var a = 1; a <= alternatives; a++)
        {
            var at = 3 + random.Next(steps.Count - 4);
            sb.Append("##### AF-").Append(uc).Append('.').Append(a).Append(": ").Append(Capital(other)).Append(a == 1 ? " already up to date" : " needs review").Append('\n');
            sb.Append("- At step ").Append(at).Append(", if the ").Append(other).Append(a == 1 ? " has not changed since the last visit" : " is flagged for review").Append('\n');
            if (a == 1)
            {
                sb.Append("- System shows \"Nothing to change\" to the ").Append(p).Append('\n');
                sb.Append("- Skip steps ").Append(at + 1).Append('-').Append(steps.Count - 1).Append(", proceed to step ").Append(steps.Count).Append("\n\n");
            }
            else
            {
                sb.Append("- System sends a review notification to the ").Append(s).Append('\n');
                sb.Append("- ").Append(s).Append(" approves the ").Append(other).Append('\n');
                sb.Append("- Return to step ").Append(at).Append("\n\n");
            }
        }

        sb.Append("#### Exception Flows\n\n");
        var exceptions = 1 + random.Next(2);
        for (var e = 1; e <= exceptions; e++)
        {
            if (e == 1)
            {
                sb.Append("##### EF-").Append(uc).Append('.').Append(e).Append(": Invalid ").Append(entity).Append('\n');
                sb.Append("- At step 3, if the ").Append(entity).Append(" details are incomplete\n");
                sb.Append("- System shows \"Please complete the ").Append(entity).Append("\" to the ").Append(p).Append('\n');
                sb.Append("- Return to step 1\n\n");
            }
            else
            {
                sb.Append("##### EF-").Append(uc).Append('.').Append(e).Append(": Database unavailable\n");
                sb.Append("- At step 4, if the database does not answer within 5 seconds\n");
                sb.Append("- System logs the failure\n");
                sb.Append("- System shows \"Service unavailable, try again later\" to the ").Append(p).Append('\n');
                sb.Append("- Flow terminates\n\n");
            }
        }

        sb.Append("#### Postconditions\n- Success: The ").Append(entity).Append(" is recorded and the ").Append(p).Append(" is informed\n");
        sb.Append("- Failure: Nothing is recorded\n\n");
        sb.Append("#### Data Elements Required\n- Input Data:\n");
        sb.Append("  - ").Append(Snake(entity)).Append("_id: uuid - Identifier of the ").Append(entity).Append('\n');
        sb.Append("  - notes: string - Free text from the ").Append(p).Append('\n');
        sb.Append("- Output Data:\n  - status: string - Result (\"recorded\", \"unchanged\", \"rejected\")\n");
        sb.Append("- Stored Data:\n  - ").Append(Snake(entity)).Append(": record - The ").Append(entity).Append(" and its history\n\n");
        sb.Append("#### Business Rules\n- BR-").Append(uc).Append(".1: A ").Append(entity).Append(" belongs to exactly one ").Append(p).Append('\n');
        sb.Append("- BR-").Append(uc).Append(".2: Changes are kept for ").Append(30 + random.Next(60)).Append(" days\n\n");
        sb.Append("#### Non-Functional Requirements\n- Performance: The ").Append(entity).Append(" is recorded within 2 seconds\n");
        sb.Append("- Security: Only the ").Append(p).Append(" and staff may see the ").Append(entity).Append("\n\n");
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static string Snake(string text) => text.Replace(' ', '_');

    /// <summary>A tiny deterministic generator (SplitMix64), independent of the runtime's Random.</summary>
    private sealed class SplitMix
    {
        private ulong _state;

        public SplitMix(int seed) => _state = (ulong)seed * 0x9E3779B97F4A7C15UL + 1;

        public int Next(int maxExclusive)
        {
            _state += 0x9E3779B97F4A7C15UL;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z % (ulong)maxExclusive);
        }
    }
}
