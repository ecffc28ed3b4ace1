namespace Medk.Core.Platform.Access;

/// <summary>
/// The answer of a <see cref="Policies"/> function: allowed, or refused with the Russian sentence that tells the user
/// who may do it (shown as the 403's detail). A struct with no allocation on the allowed path.
/// </summary>
public readonly record struct Decision
{
    private Decision(string refusal) => Refusal = refusal;

    /// <summary>Null when allowed; otherwise who may do this, in Russian.</summary>
    public string? Refusal { get; }

    public bool IsAllowed => Refusal is null;

    public static Decision Allowed => default;

    public static Decision Refused(string refusal) => new(refusal);

    /// <summary>Allowed when <paramref name="allowed"/>, otherwise refused with <paramref name="refusal"/>.</summary>
    public static Decision When(bool allowed, string refusal) => allowed ? Allowed : new(refusal);

    public override string ToString() => Refusal ?? "allowed";
}
