using System.Collections.Generic;

namespace KiroSpecs.Core.UseCases;

/// <summary>Reads the entries of a section into <see cref="UseCaseNote"/>s, keeping code blocks whole.</summary>
internal static class NoteReader
{
    public static void Read(SectionBuffer section, List<UseCaseNote> notes)
    {
        var label = Texts.Clean(section.Label);
        foreach (var entry in section.Content)
        {
            if (entry.Kind == OutlineKind.Code)
            {
                if (entry.Text.Trim().Length > 0)
                {
                    notes.Add(new UseCaseNote(label, entry.Text.TrimEnd(), true, entry.Marker.Trim(), entry.Position));
                }

                continue;
            }

            var text = entry.Kind == OutlineKind.TableRow && !entry.IsHeaderRow
                ? Texts.Clean(string.Join(" | ", entry.Cells))
                : entry.Kind == OutlineKind.TableRow ? string.Empty : Texts.Clean(entry.Text);
            if (text.Length > 0)
            {
                notes.Add(new UseCaseNote(label, text, false, string.Empty, entry.Position));
            }
        }
    }
}
