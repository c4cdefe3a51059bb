// Names the service behind a URL: first by host (the host or one of its parent domains is a known
// tracking or content host), then by path pattern (branded tracking domains that CNAME to a service).

import type { PathPattern, TrackerService } from './tracker-service';

export type TrackerMatchKind = 'tracking-host' | 'content-host' | 'path-pattern';

export interface TrackerMatch {
  readonly service: TrackerService;
  readonly matchedBy: TrackerMatchKind;
  /** The host suffix or the path pattern that matched. */
  readonly evidence: string;
}

interface CompiledPattern {
  readonly service: TrackerService;
  readonly regex: RegExp;
  readonly source: string;
  readonly hosts?: readonly string[];
}

function hostEndsWith(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith(`.${suffix}`);
}

export class TrackerMatcher {
  private readonly trackingHosts = new Map<string, TrackerService>();
  private readonly contentHosts = new Map<string, TrackerService>();
  private readonly patterns: CompiledPattern[] = [];
  /** All path patterns in one expression: most URLs match none, and one native scan rejects them. */
  private readonly anyPattern: RegExp;

  constructor(services: readonly TrackerService[]) {
    for (const service of services) {
      for (const host of service.trackingHosts) this.trackingHosts.set(host.toLowerCase(), service);
      for (const host of service.contentHosts ?? []) this.contentHosts.set(host.toLowerCase(), service);
      for (const pattern of service.pathPatterns ?? []) this.patterns.push(compile(service, pattern));
    }
    this.anyPattern = anyOf(this.patterns.map((pattern) => pattern.source));
  }

  match(url: string | URL): TrackerMatch | null {
    let parsed: URL;
    try {
      parsed = typeof url === 'string' ? new URL(url) : url;
    } catch {
      return null;
    }
    const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
    const byHost = this.byHost(host, this.trackingHosts, 'tracking-host');
    if (byHost) return byHost;
    const pathAndQuery = parsed.pathname + parsed.search;
    if (!this.anyPattern.test(pathAndQuery)) return this.byHost(host, this.contentHosts, 'content-host');
    for (const pattern of this.patterns) {
      if (pattern.hosts && !pattern.hosts.some((suffix) => hostEndsWith(host, suffix))) continue;
      if (pattern.regex.test(pathAndQuery)) {
        return { service: pattern.service, matchedBy: 'path-pattern', evidence: pattern.source };
      }
    }
    return this.byHost(host, this.contentHosts, 'content-host');
  }

  /** Looks the host up, then each parent domain: `a.b.list-manage.com`, `b.list-manage.com`, ... */
  private byHost(host: string, table: Map<string, TrackerService>, kind: TrackerMatchKind): TrackerMatch | null {
    for (let candidate = host; candidate.includes('.'); candidate = candidate.slice(candidate.indexOf('.') + 1)) {
      const service = table.get(candidate);
      if (service) return { service, matchedBy: kind, evidence: candidate };
    }
    return null;
  }
}

/** `^a|b` means "a at the start, or b anywhere": it must not be grouped under one `^`. */
function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * One expression that matches when any pattern does. Anchored patterns (`^/wf/open`) are grouped under a
 * single `^`, so the engine tries them at the start only instead of at every position of the URL.
 */
function anyOf(sources: readonly string[]): RegExp {
  const groupable = (source: string) => source.startsWith('^') && !hasTopLevelAlternative(source);
  const anchored = sources.filter(groupable).map((source) => `(?:${source.slice(1)})`);
  const floating = sources.filter((source) => !groupable(source)).map((source) => `(?:${source})`);
  const parts = [anchored.length ? `^(?:${anchored.join('|')})` : '', ...floating].filter(Boolean);
  return new RegExp(parts.join('|') || '(?!)', 'i');
}

function compile(service: TrackerService, pattern: PathPattern): CompiledPattern {
  return {
    service,
    regex: new RegExp(pattern.pattern, 'i'),
    source: pattern.pattern,
    ...(pattern.hosts ? { hosts: pattern.hosts.map((host) => host.toLowerCase()) } : {}),
  };
}
