using System.Security.Cryptography;
using Medk.Core.Common;

namespace Medk.Core.Monitoring;

/// <summary>
/// How many candidates an expert review takes: «10% школ» or «5 школ», as orders state it.
/// </summary>
public sealed record SampleSize
{
    private SampleSize(int? percent, int? count)
    {
        PercentValue = percent;
        CountValue = count;
    }

    public int? PercentValue { get; }
    public int? CountValue { get; }

    public static SampleSize Percent(int percent) => percent is >= 1 and <= 100
        ? new SampleSize(percent, null)
        : throw new DomainException("Доля выборки указывается от 1 до 100 %.", "percent");

    public static SampleSize Count(int count) => count >= 1
        ? new SampleSize(null, count)
        : throw new DomainException("В выборке должен быть хотя бы один участник.", "count");

    /// <summary>
    /// The number to take from <paramref name="candidates"/>. A percentage rounds up, so a small
    /// municipality with three schools still gets one school checked under «10%»; a count larger than the
    /// list takes everyone rather than failing.
    /// </summary>
    public int Of(int candidates)
    {
        if (candidates <= 0)
        {
            return 0;
        }
        return PercentValue is int percent
            ? (int)(((long)candidates * percent + 99) / 100)
            : Math.Min(CountValue!.Value, candidates);
    }
}

/// <summary>One drawn candidate and the expert who reviews it.</summary>
public sealed record ExpertAssignment(int Id, Guid Expert);

/// <summary>
/// The random sample of a выборочная экспертиза. Anyone holding the candidate list, the size and the seed
/// can redo the draw and get the same schools, so a school that was picked can see it was not singled out.
/// </summary>
public static class SampleDraw
{
    /// <summary>A fresh seed to record with a draw; unpredictable, so nobody can choose a seed to favour a school.</summary>
    public static int NewSeed() => RandomNumberGenerator.GetInt32(int.MaxValue);

    /// <summary>
    /// The chosen ids in ascending order. Candidates are put in id order first, so the order in which a
    /// database happened to return them does not matter; a repeated id counts once. The first k steps of a
    /// Fisher–Yates shuffle pick k distinct candidates, each set equally likely.
    /// </summary>
    public static IReadOnlyList<int> Draw(IReadOnlyList<int> candidateIds, SampleSize size, int seed)
    {
        var pool = candidateIds.Distinct().Order().ToArray();
        var take = size.Of(pool.Length);
        var random = new SplitMix64(unchecked((ulong)seed));
        for (var i = 0; i < take; i++)
        {
            var j = i + random.NextBelow(pool.Length - i);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }
        return [.. pool.Take(take).Order()];
    }

    /// <summary>
    /// Deals the sample to experts like cards, in the order both lists are given, so each expert gets
    /// the same number of candidates or one more. An expert named twice is counted once, otherwise they
    /// would get a double share.
    /// </summary>
    public static IReadOnlyList<ExpertAssignment> AssignRoundRobin(IReadOnlyList<int> sample, IReadOnlyList<Guid> experts)
    {
        var distinct = experts.Distinct().ToArray();
        if (sample.Count > 0 && distinct.Length == 0)
        {
            throw new DomainException("Назначьте хотя бы одного эксперта.", "experts");
        }
        return [.. sample.Select((id, i) => new ExpertAssignment(id, distinct[i % distinct.Length]))];
    }
}
