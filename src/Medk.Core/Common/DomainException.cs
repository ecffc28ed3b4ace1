namespace Medk.Core.Common;

/// <summary>
/// A rule of the domain was broken. The message is written for a person (in Russian), because the
/// web layer shows it as is: next to the field named by <see cref="Field"/> (camelCase, as in the API),
/// or as the detail of a problem response.
/// </summary>
public sealed class DomainException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
