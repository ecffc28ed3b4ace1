using Medk.Core.Common;
using Medk.Core.Monitoring;

namespace Medk.Core.Tests.Monitoring;

public class SampleDrawTests
{
    private static readonly int[] Twenty = [.. Enumerable.Range(1, 20)];

    [Fact]
    public void SplitMix64_MatchesPublishedReferenceOutputs()
    {
        // The reference outputs of Vigna's splitmix64.c: if these hold, every recorded draw can be redone anywhere.
        var zero = new SplitMix64(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, zero.Next());
        Assert.Equal(0x6E789E6AA1B965F4UL, zero.Next());
        Assert.Equal(0x06C45D188009454FUL, zero.Next());
        var other = new SplitMix64(1234567);
        Assert.Equal(6457827717110365317UL, other.Next());
        Assert.Equal(3203168211198807973UL, other.Next());
        Assert.Equal(9817491932198370423UL, other.Next());
    }

    [Fact]
    public void Draw_FixedSeed_GivesTheSameListForever()
    {
        // Worked out independently from SplitMix64 and a partial Fisher–Yates over ids 1..20. If this ever
        // changes, draws already recorded in protocols can no longer be reproduced.
        Assert.Equal([3, 7, 9, 14, 17], SampleDraw.Draw(Twenty, SampleSize.Count(5), 42));
        Assert.Equal([104, 112, 117], SampleDraw.Draw([.. Enumerable.Range(101, 25)], SampleSize.Percent(10), 2024));
        Assert.Equal([3, 4, 16, 17, 19], SampleDraw.Draw(Twenty, SampleSize.Count(5), -1));
    }

    [Fact]
    public void Draw_SameSeed_SameSample()
    {
        var seed = SampleDraw.NewSeed();
        Assert.Equal(SampleDraw.Draw(Twenty, SampleSize.Count(7), seed), SampleDraw.Draw(Twenty, SampleSize.Count(7), seed));
    }

    [Fact]
    public void Draw_CandidateOrderAndRepeats_DoNotMatter()
    {
        int[] shuffled = [.. Twenty.Reverse(), 5, 5];
        Assert.Equal(SampleDraw.Draw(Twenty, SampleSize.Count(5), 42), SampleDraw.Draw(shuffled, SampleSize.Count(5), 42));
    }

    [Fact]
    public void Draw_DifferentSeeds_GiveDifferentSamples()
    {
        Assert.Equal([1, 2, 9, 18, 20], SampleDraw.Draw(Twenty, SampleSize.Count(5), 43));
        var samples = Enumerable.Range(0, 20)
            .Select(seed => string.Join(",", SampleDraw.Draw(Twenty, SampleSize.Count(5), seed)))
            .ToHashSet();
        Assert.True(samples.Count > 15);
    }

    [Fact]
    public void Draw_ReturnsDistinctSortedCandidates()
    {
        var sample = SampleDraw.Draw(Twenty, SampleSize.Count(10), 7);
        Assert.Equal(10, sample.Distinct().Count());
        Assert.Equal(sample.Order(), sample);
        Assert.All(sample, id => Assert.Contains(id, Twenty));
    }

    [Fact]
    public void Draw_EveryCandidateCanBeChosen()
    {
        var chosen = Enumerable.Range(0, 200).SelectMany(seed => SampleDraw.Draw(Twenty, SampleSize.Count(3), seed)).ToHashSet();
        Assert.Equal(Twenty.Length, chosen.Count);
    }

    [Theory]
    [InlineData(25, 10, 3)]
    [InlineData(20, 10, 2)]
    [InlineData(3, 10, 1)]
    [InlineData(1, 1, 1)]
    [InlineData(7, 100, 7)]
    [InlineData(0, 50, 0)]
    public void SampleSize_Percent_RoundsUp(int candidates, int percent, int expected) =>
        Assert.Equal(expected, SampleSize.Percent(percent).Of(candidates));

    [Fact]
    public void Draw_TenPercentOfTwentyFive_TakesThree() =>
        Assert.Equal(3, SampleDraw.Draw([.. Enumerable.Range(1, 25)], SampleSize.Percent(10), 1).Count);

    [Fact]
    public void Draw_CountAboveCandidates_TakesEveryone() =>
        Assert.Equal([1, 2, 3], SampleDraw.Draw([3, 1, 2], SampleSize.Count(10), 5));

    [Fact]
    public void Draw_NoCandidates_IsEmpty()
    {
        Assert.Empty(SampleDraw.Draw([], SampleSize.Count(5), 1));
        Assert.Empty(SampleDraw.Draw([], SampleSize.Percent(10), 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(-5)]
    public void SampleSize_PercentOutOfRange_IsRefused(int percent) =>
        Assert.Throws<DomainException>(() => SampleSize.Percent(percent));

    [Fact]
    public void SampleSize_ZeroCount_IsRefused() => Assert.Throws<DomainException>(() => SampleSize.Count(0));

    [Fact]
    public void NewSeed_IsNonNegative() => Assert.InRange(SampleDraw.NewSeed(), 0, int.MaxValue);

    [Fact]
    public void AssignRoundRobin_SevenToThreeExperts_IsBalanced()
    {
        Guid[] experts = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        int[] sample = [10, 20, 30, 40, 50, 60, 70];

        var assignments = SampleDraw.AssignRoundRobin(sample, experts);

        Assert.Equal(sample, assignments.Select(a => a.Id));
        var loads = experts.Select(e => assignments.Count(a => a.Expert == e)).ToArray();
        Assert.Equal([3, 2, 2], loads);
        Assert.Equal(new ExpertAssignment(40, experts[0]), assignments[3]);
    }

    [Fact]
    public void AssignRoundRobin_ExpertNamedTwice_GetsOneShare()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var assignments = SampleDraw.AssignRoundRobin([1, 2, 3, 4], [a, b, a]);
        Assert.Equal(2, assignments.Count(x => x.Expert == a));
        Assert.Equal(2, assignments.Count(x => x.Expert == b));
    }

    [Fact]
    public void AssignRoundRobin_MoreExpertsThanCandidates_GivesEachAtMostOne()
    {
        var assignments = SampleDraw.AssignRoundRobin([1, 2], [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()]);
        Assert.Equal(2, assignments.Select(x => x.Expert).Distinct().Count());
    }

    [Fact]
    public void AssignRoundRobin_NoExperts_IsRefused() =>
        Assert.Throws<DomainException>(() => SampleDraw.AssignRoundRobin([1], []));

    [Fact]
    public void AssignRoundRobin_EmptySample_IsEmpty() => Assert.Empty(SampleDraw.AssignRoundRobin([], []));
}
