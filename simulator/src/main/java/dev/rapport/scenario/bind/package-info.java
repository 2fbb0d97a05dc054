/**
 * Binds a YAML document onto the scenario records: a tree that remembers where each value stood in
 * the file, a reflective binder that checks every key, type and range and reports every problem at
 * once with file, line, column and key path, and the annotations that carry each key's meaning,
 * default and range. The same metadata generates the JSON Schema and the scenario reference, so the
 * three cannot drift apart. Internal to scenario loading.
 */
package dev.rapport.scenario.bind;
