namespace Medk.Core.Common;

/// <summary>
/// A rule of the domain was broken. The message is written for a person (in Russian), because the
/// web layer shows it as is: in a form next to the action, or as the detail of a problem response.
/// </summary>
public sealed class DomainException(string message) : Exception(message);
