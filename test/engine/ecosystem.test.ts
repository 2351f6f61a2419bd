/** Which ecosystem a pasted log comes from decides how a bare class name (`KeyError`, `ArgumentError`) is read. */
import { describe, expect, it } from 'vitest';
import { detectEcosystems } from '../../src/engine/ecosystem.ts';

describe('detectEcosystems', () => {
  it.each([
    ['python', 'Traceback (most recent call last):\n  File "/app/views.py", line 12, in get\nKeyError: \'owner\''],
    ['java', 'java.lang.IllegalStateException: boom\n\tat com.example.Shop.run(Shop.java:42)'],
    ['ruby', "app/models/order.rb:12:in `total': undefined method `+' for nil (NoMethodError)"],
    ['go', 'panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:'],
    ['elixir', '** (KeyError) key :owner not found in: %{id: 7}\n    (chat 0.4.1) lib/chat_web/controllers/room_json.ex:18: ChatWeb.RoomJSON.data/1'],
    ['elixir', '    (elixir 1.16.0) lib/enum.ex:1693: Enum."-map/2-lists^map/1-1-"/2'],
  ])('sees %s', (ecosystem, text) => {
    expect(detectEcosystems(text)[0]).toBe(ecosystem);
  });

  it('sees no ecosystem in plain server lines, and none of Elixir in a Python or Ruby trace', () => {
    expect(detectEcosystems('2024/03/06 10:15:30 [error] 901#901: *1 connect() failed (111: Connection refused)')).toEqual([]);
    expect(detectEcosystems('Traceback (most recent call last):\n  File "/app/x.py", line 3, in <module>\nKeyError: 1')).not.toContain('elixir');
    expect(detectEcosystems("/app/lib/tasks/x.rb:3:in `run': boom (RuntimeError)")).not.toContain('elixir');
  });
});
