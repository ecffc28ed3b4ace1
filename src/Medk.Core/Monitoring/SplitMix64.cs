namespace Medk.Core.Monitoring;

/// <summary>
/// SplitMix64 (Steele, Lea, Flood 2014): a tiny generator whose every output is fixed by its published
/// definition. Sample draws are recorded by their seed and must come out the same when an auditor redoes
/// them years later on another machine; <see cref="System.Random"/> promises no such thing across .NET versions.
/// Not for secrets: anyone who knows the seed knows the sequence, which is the point here.
/// </summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        unchecked
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>
    /// A number in [0, bound). Outputs from the short top slice of the 64-bit range are drawn again, so
    /// that every result is equally likely rather than the small ones slightly favoured by the remainder.
    /// </summary>
    public int NextBelow(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        var limit = (ulong)bound;
        // 2^64 mod bound, computed without 2^64: the number of outputs to reject at the bottom.
        var rejected = unchecked(0UL - limit) % limit;
        ulong value;
        do
        {
            value = Next();
        }
        while (value < rejected);
        return (int)(value % limit);
    }
}
