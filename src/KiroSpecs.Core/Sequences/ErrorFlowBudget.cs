using System.Collections.Generic;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// What the error-flow diagrams of one document may repeat of the basic flow. Each error flow draws the basic
/// steps before its failure and, when the flow continues, the steps after; with thousands of error flows along
/// thousands of steps that is quadratic in the input. The text repeated this way is bounded for the whole
/// document: once the budget is spent, a diagram names the steps it leaves out instead of drawing them again.
/// No ordinary document comes near it.
/// </summary>
internal sealed class ErrorFlowBudget
{
    /// <summary>Characters of basic-flow text all error flows of a document may draw again (about 2 MB of output).</summary>
    internal const int RepeatedCharacters = 2_000_000;

    // Every step drawn counts at least this much, so a budget of steps without text is bounded as well.
    private const int StepOverhead = 16;

    private readonly Dictionary<UseCase, Dictionary<int, int>> _indexes = new(ByReference<UseCase>.Instance);
    private long _left = RepeatedCharacters;

    /// <summary>A budget that never runs out: the diagram drawn in full (one diagram on its own).</summary>
    internal static ErrorFlowBudget Unbounded() => new() { _left = long.MaxValue };

    /// <summary>The index of the first basic step with this ordinal, or -1; one dictionary per use case.</summary>
    public int IndexOf(UseCase useCase, int ordinal)
    {
        if (!_indexes.TryGetValue(useCase, out var index))
        {
            index = new Dictionary<int, int>();
            for (var i = useCase.Steps.Count - 1; i >= 0; i--)
            {
                // Backwards, so the first step with an ordinal is the one kept.
                index[useCase.Steps[i].Ordinal] = i;
            }

            _indexes.Add(useCase, index);
        }

        return index.TryGetValue(ordinal, out var at) ? at : -1;
    }

    /// <summary>
    /// Of the steps first..last, the index from which on they fit the budget when the steps nearest
    /// <paramref name="near"/> (the first or the last) are kept; takes what it returns from the budget.
    /// Returns first (or last + 1) when all fit, so an ordinary document draws everything.
    /// </summary>
    public (int First, int Last) Take(IReadOnlyList<UseCaseStep> steps, int first, int last, bool keepEnd)
    {
        if (first > last)
        {
            return (first, last);
        }

        var cost = 0L;
        var kept = 0;
        var count = last - first + 1;
        while (kept < count)
        {
            var step = steps[keepEnd ? last - kept : first + kept];
            var next = cost + Cost(step);
            if (next > _left)
            {
                break;
            }

            cost = next;
            kept++;
        }

        _left -= cost;
        return keepEnd ? (last - kept + 1, last) : (first, first + kept - 1);
    }

    private static long Cost(UseCaseStep step)
    {
        long cost = step.Text.Length + StepOverhead;
        foreach (var sub in step.SubSteps)
        {
            cost += Cost(sub);
        }

        return cost;
    }
}
