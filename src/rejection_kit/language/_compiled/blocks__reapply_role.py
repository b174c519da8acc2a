"""blocks/reapply_role.j2, compiled by Jinja (scripts/compile_templates.py: do not edit)."""

# ruff: noqa
# fmt: off
# mypy: ignore-errors

SOURCE = 'a771c14d3f897dd6d57467cd4f965599'
JINJA = '3.1.6'
MACROS = (('other_1', ('c',)), ('other_2', ('c',)), ('other_3', ('c',)))


def namespace(environment):
    from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
    name = 'blocks/reapply_role.j2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_other_1 = l_0_other_2 = l_0_other_3 = missing
        pass
        def macro(l_1_c):
            t_1 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_1.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('This time it is for the %(role)s role.', role=environment.getattr(l_1_c, 'new_role'))),
            )
            return concat(t_1)
        context.exported_vars.add('other_1')
        context.vars['other_1'] = l_0_other_1 = Macro(environment, macro, 'other_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_2 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_2.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('This time it is the %(role)s vacancy.', role=environment.getattr(l_1_c, 'new_role'))),
            )
            return concat(t_2)
        context.exported_vars.add('other_2')
        context.vars['other_2'] = l_0_other_2 = Macro(environment, macro, 'other_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_3 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_3.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('This time I am applying for the %(role)s role.', role=environment.getattr(l_1_c, 'new_role'))),
            )
            return concat(t_3)
        context.exported_vars.add('other_3')
        context.vars['other_3'] = l_0_other_3 = Macro(environment, macro, 'other_3', ('c',), False, False, False, context.eval_ctx.autoescape)

    blocks = {}
    debug_info = '2=12&3=24&4=36'
    return locals()
