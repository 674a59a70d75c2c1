using System;
using Markdig.Parsers;
using Markdig.Syntax;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// Stops Markdig as soon as a document is certain to be refused as nested too deeply, instead of after the whole
/// block tree is built. Markdig refuses any document with a container block (list, list item, quote) 128 levels
/// below the document when it walks the tree for inlines; building such a tree costs time quadratic in the depth
/// of each line ("- - - - …" a thousand times, a thousand '>'), so an 8 MB document of such lines took tens of
/// seconds only to be refused. Tried first for every character that can open a container, it looks at the
/// container the line is in: at that depth or deeper the outcome is already decided, and it throws the same
/// refusal. Otherwise it opens nothing and the line is read as before.
/// </summary>
internal sealed class NestingGuard : BlockParser
{
    /// <summary>Markdig's limit (128) and a margin: only depths Markdig certainly refuses end the parse early.</summary>
    internal const int RefusedDepth = 130;

    internal const string Message = "Markdown elements in the input are too deeply nested - stopped before the depth limit the parser enforces.";

    public NestingGuard()
    {
        OpeningCharacters = new[] { '-', '*', '+', '>', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' };
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        var depth = 0;
        for (Block? block = processor.CurrentContainer; block?.Parent is not null; block = block.Parent)
        {
            if (++depth >= RefusedDepth)
            {
                throw new ArgumentException(Message);
            }
        }

        return BlockState.None;
    }
}
