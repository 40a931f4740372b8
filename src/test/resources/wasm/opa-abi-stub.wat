;; A hand-written module speaking OPA's wasm ABI, for testing the engine's handling of what OPA's
;; compiler emits. Values are NUL-terminated JSON texts in linear memory; "parsing" copies the text.
;; Placeholders (replaced by the test before wat2wasm): ABI_MAJOR, ABI_MINOR, EXTRA_IMPORTS,
;; BUILTINS and ENTRYPOINTS (JSON name->id maps, escaped for a WAT string), RESULT (JSON result set,
;; escaped), EVAL_BODY.
(module
  (import "env" "memory" (memory 2))
  (import "env" "opa_abort" (func $opa_abort (param i32)))
  EXTRA_IMPORTS
  (global $heap (mut i32) (i32.const 65536))
  (global $result (mut i32) (i32.const 0))
  (global (export "opa_wasm_abi_version") i32 (i32.const ABI_MAJOR))
  (global (export "opa_wasm_abi_minor_version") i32 (i32.const ABI_MINOR))
  (data (i32.const 1024) "BUILTINS\00")
  (data (i32.const 2048) "ENTRYPOINTS\00")
  (data (i32.const 4096) "RESULT\00")
  (data (i32.const 8192) "policy aborted on purpose\00")
  (data (i32.const 8448) "printing\00")
  (export "memory" (memory 0))

  (func $malloc (export "opa_malloc") (param $n i32) (result i32)
    (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (global.get $heap) (local.get $n)))
    (block $done
      (loop $grow
        (br_if $done (i32.le_u (global.get $heap) (i32.mul (memory.size) (i32.const 65536))))
        (if (i32.eq (memory.grow (i32.const 1)) (i32.const -1)) (then unreachable))
        (br $grow)))
    (local.get $p))
  (func (export "opa_free") (param i32))
  (func (export "opa_heap_ptr_get") (result i32) (global.get $heap))
  (func (export "opa_heap_ptr_set") (param i32) (global.set $heap (local.get 0)))
  (func $copy (param $src i32) (param $len i32) (result i32)
    (local $dst i32) (local $i i32)
    (local.set $dst (call $malloc (i32.add (local.get $len) (i32.const 1))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (i32.store8 (i32.add (local.get $dst) (local.get $i)) (i32.load8_u (i32.add (local.get $src) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i32.store8 (i32.add (local.get $dst) (local.get $len)) (i32.const 0))
    (local.get $dst))
  (func (export "opa_json_parse") (param i32 i32) (result i32) (call $copy (local.get 0) (local.get 1)))
  (func (export "opa_value_parse") (param i32 i32) (result i32) (call $copy (local.get 0) (local.get 1)))
  (func (export "opa_json_dump") (param i32) (result i32) (local.get 0))
  (func (export "opa_value_dump") (param i32) (result i32) (local.get 0))
  (func (export "opa_value_free") (param i32))
  (func (export "opa_eval_ctx_new") (result i32) (call $malloc (i32.const 16)))
  (func (export "opa_eval_ctx_set_input") (param i32 i32))
  (func (export "opa_eval_ctx_set_data") (param i32 i32))
  (func (export "opa_eval_ctx_set_entrypoint") (param i32 i32))
  (func (export "opa_eval_ctx_get_result") (param i32) (result i32) (global.get $result))
  (func (export "eval") (param i32) (result i32)
    EVAL_BODY
    (global.set $result (i32.const 4096))
    (i32.const 0))
  (func (export "opa_eval") (param i32 i32 i32 i32 i32 i32 i32) (result i32) (i32.const 4096))
  (func (export "opa_heap_blocks_stash"))
  (func (export "opa_heap_stash_clear"))
  (func (export "opa_heap_blocks_restore"))
  (func (export "opa_value_add_path") (param i32 i32 i32) (result i32) (i32.const 0))
  (func (export "opa_value_remove_path") (param i32 i32) (result i32) (i32.const 0))
  (func (export "builtins") (result i32) (i32.const 1024))
  (func (export "entrypoints") (result i32) (i32.const 2048)))
