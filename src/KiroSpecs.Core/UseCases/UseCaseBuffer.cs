using System.Collections.Generic;

namespace KiroSpecs.Core.UseCases;

/// <summary>The sections of one use case, collected before they are read into a <see cref="UseCase"/>.</summary>
internal sealed class UseCaseBuffer
{
    public UseCaseBuffer(string id, string name, int level, SourcePosition position)
    {
        Id = id;
        Name = name;
        Level = level;
        Position = position;
        Preamble = new SectionBuffer(SectionKind.FreeText, string.Empty, position, false, BranchKind.Alternative, false);
        Sections.Add(Preamble);
    }

    public string Id { get; }

    public string Name { get; }

    public int Level { get; }

    public SourcePosition Position { get; }

    public SectionBuffer Preamble { get; }

    public List<SectionBuffer> Sections { get; } = new();
}
